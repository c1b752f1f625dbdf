"""The official IAM SDK (huaweicloudsdkiam) against the simulator's IAM: temporary keys by agency
and by token, and the OMS SDK signing with the keys it returned."""
import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials, GlobalCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkiam.v3 import (
    AgencyAuth, AgencyAuthIdentity, CreateTemporaryAccessKeyByAgencyRequest,
    CreateTemporaryAccessKeyByAgencyRequestBody, CreateTemporaryAccessKeyByTokenRequest,
    CreateTemporaryAccessKeyByTokenRequestBody, CreateTokenWithIdTokenRequest, GetIdTokenAuthParams,
    GetIdTokenIdTokenBody, GetIdTokenRequestBody, IamClient, IdentityAssumerole, IdentityToken, TokenAuth,
    TokenAuthIdentity,
)
from huaweicloudsdkoms.v2 import ListSyncTasksRequest, OmsClient, ShowSyncTaskRequest

from conftest import AK, PROJECT, SK, Simulator

MANAGEMENT_DOMAIN_ID = "d0a1b2c3e4f5061728394a5b6c7d0000"


def tenant_project(index):
    """The simulator's project id of tenant `index`: the first's 28 first digits, then the index
    in 4 hex digits, skipping the number the first id ends in (1 here), which the first keeps."""
    own = int(PROJECT[28:], 16)
    return PROJECT[:28] + format(index + 1 if own and index >= own else index, "04x")


def config():
    http = HttpConfig.get_default_config()
    http.retry_times = 0
    http.timeout = (3, 10)
    return http


def iam_client(endpoint, ak=AK, sk=SK):
    credentials = GlobalCredentials(ak, sk, MANAGEMENT_DOMAIN_ID)
    return IamClient.new_builder().with_credentials(credentials).with_endpoints([endpoint]).with_http_config(config()).build()


def oms_client(endpoint, credential, project):
    credentials = BasicCredentials(credential.access, credential.secret, project).with_security_token(credential.securitytoken)
    return OmsClient.new_builder().with_credentials(credentials).with_endpoints([endpoint]).with_http_config(config()).build()


def assume(client, domain_name, agency="omsdash"):
    role = IdentityAssumerole(agency_name=agency, domain_name=domain_name, duration_seconds=900)
    body = CreateTemporaryAccessKeyByAgencyRequestBody(
        auth=AgencyAuth(identity=AgencyAuthIdentity(methods=["assume_role"], assume_role=role)))
    return client.create_temporary_access_key_by_agency(CreateTemporaryAccessKeyByAgencyRequest(body=body)).credential


@pytest.fixture()
def organization():
    """A simulator of 4 accounts whose members hold the agency omsdash, keys living 60 s."""
    sim = Simulator(["--tenants", "4", "--credential-lifetime", "60"])
    yield sim
    sim.stop()


def test_agency_keys_list_and_show_the_member_accounts_tasks(organization):
    credential = assume(iam_client(organization.endpoint), "tenant-0002")
    assert credential.access.startswith("TMP") and credential.secret and credential.securitytoken
    assert credential.expires_at.endswith("Z")
    member = oms_client(organization.endpoint, credential, tenant_project(2))
    tasks = member.list_sync_tasks(ListSyncTasksRequest(limit=100, offset=0)).tasks
    assert len(tasks) == 5
    shown = member.show_sync_task(ShowSyncTaskRequest(sync_task_id=tasks[0].sync_task_id, query_time="0"))
    assert shown.sync_task_id == tasks[0].sync_task_id


def test_agency_keys_reach_only_their_account(organization):
    credential = assume(iam_client(organization.endpoint), "tenant-0001")
    other = oms_client(organization.endpoint, credential, tenant_project(3))
    with pytest.raises(exceptions.ClientRequestException) as refused:
        other.list_sync_tasks(ListSyncTasksRequest(limit=10, offset=0))
    assert refused.value.status_code == 401 and refused.value.error_code == "APIGW.0301"


def test_an_unknown_agency_or_domain_is_refused(organization):
    client = iam_client(organization.endpoint)
    with pytest.raises(exceptions.ClientRequestException) as refused:
        assume(client, "tenant-0001", agency="someone-else")
    assert refused.value.status_code == 403
    with pytest.raises(exceptions.ClientRequestException) as missing:
        assume(client, "tenant-0099")
    assert missing.value.status_code == 404


def test_a_wrong_source_key_is_refused(organization):
    with pytest.raises(exceptions.ClientRequestException) as refused:
        assume(iam_client(organization.endpoint, sk="not-the-secret"), "tenant-0001")
    assert refused.value.status_code == 401


def test_id_token_then_token_method_give_keys_of_the_first_account(organization):
    client = iam_client(organization.endpoint)
    id_token = GetIdTokenRequestBody(auth=GetIdTokenAuthParams(
        id_token=GetIdTokenIdTokenBody(id="eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb2QifQ.c2ln")))
    answer = client.create_token_with_id_token(CreateTokenWithIdTokenRequest(x_idp_id="omsdash-cce", body=id_token))
    assert answer.x_subject_token
    body = CreateTemporaryAccessKeyByTokenRequestBody(auth=TokenAuth(identity=TokenAuthIdentity(
        methods=["token"], token=IdentityToken(id=answer.x_subject_token, duration_seconds=900))))
    credential = client.create_temporary_access_key_by_token(CreateTemporaryAccessKeyByTokenRequest(body=body)).credential
    own = oms_client(organization.endpoint, credential, PROJECT)
    assert len(own.list_sync_tasks(ListSyncTasksRequest(limit=100, offset=0)).tasks) == 5
    with pytest.raises(exceptions.ClientRequestException) as refused:
        client.create_token_with_id_token(CreateTokenWithIdTokenRequest(x_idp_id="another-idp", body=id_token))
    assert refused.value.status_code == 401
