"""The official Organizations SDK (huaweicloudsdkorganizations) against the simulator's
organization: ShowOrganization, and ListAccounts paged by marker until next_marker is null."""
import pytest
from huaweicloudsdkcore.auth.credentials import GlobalCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkorganizations.v1 import ListAccountsRequest, OrganizationsClient, ShowOrganizationRequest

from conftest import AK, SK, Simulator

MANAGEMENT_DOMAIN_ID = "d0a1b2c3e4f5061728394a5b6c7d0000"


def client(endpoint, ak=AK, sk=SK):
    http = HttpConfig.get_default_config()
    http.retry_times = 0
    http.timeout = (3, 10)
    credentials = GlobalCredentials(ak, sk, MANAGEMENT_DOMAIN_ID)
    return OrganizationsClient.new_builder().with_credentials(credentials).with_endpoints([endpoint]).with_http_config(http).build()


def every_account(organizations, limit):
    """Every account, page by page as the SDK's users page: marker until next_marker is null."""
    accounts, marker, pages = [], None, 0
    while True:
        page = organizations.list_accounts(ListAccountsRequest(limit=limit, marker=marker))
        pages += 1
        accounts += page.accounts
        assert page.page_info.current_count == len(page.accounts)
        marker = page.page_info.next_marker
        if marker is None:
            return accounts, pages


@pytest.fixture()
def organization():
    """An organization of 25 accounts: 3 suspended, 4 without the agency."""
    sim = Simulator(["--tenants", "25", "--org-suspended", "3", "--org-without-agency", "4"])
    yield sim
    sim.stop()


def test_show_organization_names_the_management_account(organization):
    shown = client(organization.endpoint).show_organization(ShowOrganizationRequest()).organization
    assert shown.management_account_id == MANAGEMENT_DOMAIN_ID
    assert shown.management_account_name == "tenant-0000"
    assert shown.id.startswith("o-")


@pytest.mark.parametrize("limit,pages", [(10, 3), (25, 1), (1000, 1)])
def test_list_accounts_pages_by_marker(organization, limit, pages):
    accounts, seen = every_account(client(organization.endpoint), limit)
    assert seen == pages
    assert [a.name for a in accounts] == ["tenant-%04d" % i for i in range(25)]
    assert len({a.id for a in accounts}) == 25
    assert [a.name for a in accounts if a.status != "active"] == ["tenant-0022", "tenant-0023", "tenant-0024"]
    assert {a.status for a in accounts} == {"active", "suspended"}
    assert all(a.urn.startswith("organizations::") and a.join_method in ("created", "invited") for a in accounts)


def test_list_accounts_refuses_a_bad_limit_or_marker(organization):
    organizations = client(organization.endpoint)
    with pytest.raises(exceptions.ClientRequestException) as refused:
        organizations.list_accounts(ListAccountsRequest(limit=0))
    assert refused.value.status_code == 400
    with pytest.raises(exceptions.ClientRequestException) as refused:
        organizations.list_accounts(ListAccountsRequest(marker="nobody"))
    assert refused.value.status_code == 400


def test_a_wrong_secret_key_is_refused_as_the_gateway_refuses_it(organization):
    with pytest.raises(exceptions.ClientRequestException) as refused:
        client(organization.endpoint, sk="wrong").list_accounts(ListAccountsRequest())
    assert refused.value.status_code == 401 and refused.value.error_code == "APIGW.0301"
