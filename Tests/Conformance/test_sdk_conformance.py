"""The official Huawei Cloud Python SDK (huaweicloudsdkoms) calls every sync-task operation of
`omsdash simulator` over HTTP, signing with its own signer. Nothing here uses omsdash's client."""
import json
import subprocess
import time
from urllib.parse import quote_plus

import pytest
from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions import exceptions
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkoms.v2 import (
    CreateSyncEventsRequest, CreateSyncTaskReq, CreateSyncTaskRequest, DeleteSyncTaskRequest, ListSyncTaskStatisticRequest,
    ListSyncTasksRequest, OmsClient, ShowSyncTaskRequest, SourceCdnReq, StartSyncTaskReq, StartSyncTaskRequest,
    StopSyncTaskRequest,
)

from huaweicloudsdkoms.v2.model.sync_object_req import SyncObjectReq

from conftest import AK, BINARY, PROJECT, SK

SRC = dict(src_ak="DEMOSRCAK00000000001", src_sk="demo-source-secret")
DST = dict(dst_ak="DEMODSTAK00000000001", dst_sk="demo-destination-secret")


def client_for(endpoint, sk=SK, project=PROJECT):
    config = HttpConfig.get_default_config()
    config.retry_times = 0
    config.timeout = (3, 10)
    return (OmsClient.new_builder()
            .with_credentials(BasicCredentials(AK, sk, project))
            .with_endpoints([endpoint])
            .with_http_config(config)
            .build())


def all_tasks(client):
    return client.list_sync_tasks(ListSyncTasksRequest(limit=100, offset=0)).tasks


def stopped_task(client):
    return next(t for t in all_tasks(client) if t.status == "STOPPED")


def synchronizing_task(client):
    return next(t for t in all_tasks(client) if t.status == "SYNCHRONIZING")


def now_ms():
    return int(time.time() * 1000)


def test_list_pages_through_every_task(simulator):
    client = client_for(simulator.endpoint)
    first = client.list_sync_tasks(ListSyncTasksRequest(limit=2, offset=0))
    assert first.count == 5
    assert len(first.tasks) == 2
    seen = [t.sync_task_id for t in first.tasks]
    for offset in (2, 4):
        page = client.list_sync_tasks(ListSyncTasksRequest(limit=2, offset=offset))
        assert page.count == 5
        seen += [t.sync_task_id for t in page.tasks]
    assert len(seen) == 5 and len(set(seen)) == 5
    assert client.list_sync_tasks(ListSyncTasksRequest(limit=2, offset=6)).tasks == []
    default_page = client.list_sync_tasks(ListSyncTasksRequest())
    assert len(default_page.tasks) == 5


def test_list_filters_by_status(simulator):
    client = client_for(simulator.endpoint)
    stopped = client.list_sync_tasks(ListSyncTasksRequest(status="STOPPED"))
    synchronizing = client.list_sync_tasks(ListSyncTasksRequest(status="SYNCHRONIZING"))
    assert stopped.count >= 1
    assert all(t.status == "STOPPED" for t in stopped.tasks)
    assert all(t.status == "SYNCHRONIZING" for t in synchronizing.tasks)
    assert stopped.count + synchronizing.count == 5


def test_demo_world_looks_real(simulator):
    tasks = all_tasks(client_for(simulator.endpoint))
    clouds = {t.src_cloud_type for t in tasks}
    assert {"Aliyun", "AWS", "Tencent", "Azure"} <= clouds
    tencent = next(t for t in tasks if t.src_cloud_type == "Tencent")
    assert tencent.app_id
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in (t.description or "")) for t in tasks)
    assert any(t.source_cdn is not None and t.source_cdn.domain for t in tasks)


def test_show_returns_monthly_counters(simulator):
    client = client_for(simulator.endpoint)
    task = synchronizing_task(client)
    shown = client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task.sync_task_id, query_time=str(now_ms())))
    assert shown.sync_task_id == task.sync_task_id
    assert shown.status == "SYNCHRONIZING"
    assert shown.monthly_acceptance_request > 0
    assert shown.monthly_success_object + shown.monthly_failure_object + shown.monthly_skip_object \
        == shown.monthly_acceptance_request
    assert shown.monthly_size > 0


def test_statistics_all_five_types_in_one_request(simulator):
    client = client_for(simulator.endpoint)
    task = synchronizing_task(client)
    end = now_ms()
    start = end - 6 * 3600 * 1000
    stats = client.list_sync_task_statistic(ListSyncTaskStatisticRequest(
        sync_task_id=task.sync_task_id, data_type="REQUEST,SUCCESS,FAILURE,SKIP,SIZE",
        start_time=str(start), end_time=str(end)))
    assert stats.statistic_time_type == "FIVE_MINUTES"
    by_type = {s.data_type: s.data for s in stats.statistic_datas}
    assert set(by_type) == {"REQUEST", "SUCCESS", "FAILURE", "SKIP", "SIZE"}
    request = by_type["REQUEST"]
    assert 0 < len(request) <= 73
    assert all(p.time_stamp % 300000 == 0 and start - 300000 < p.time_stamp < end for p in request)
    total = lambda name: sum(p.statistic_num for p in by_type[name])
    assert total("SUCCESS") + total("FAILURE") + total("SKIP") == total("REQUEST")
    assert total("SIZE") > total("SUCCESS")


def test_statistics_use_hourly_buckets_for_long_windows(simulator):
    client = client_for(simulator.endpoint)
    task = synchronizing_task(client)
    end = now_ms()
    stats = client.list_sync_task_statistic(ListSyncTaskStatisticRequest(
        sync_task_id=task.sync_task_id, data_type="SUCCESS", start_time=str(end - 30 * 86400 * 1000),
        end_time=str(end)))
    assert stats.statistic_time_type == "ONE_HOUR"
    points = stats.statistic_datas[0].data
    assert 0 < len(points) <= 1000
    assert all(p.time_stamp % 3600000 == 0 for p in points)


def test_create_start_stop_delete_lifecycle(simulator):
    client = client_for(simulator.endpoint)
    doomed = stopped_task(client)
    client.delete_sync_task(DeleteSyncTaskRequest(sync_task_id=doomed.sync_task_id))
    assert len(all_tasks(client)) == 4

    body = CreateSyncTaskReq(
        src_cloud_type="Tencent", src_region="ap-shanghai", src_bucket="photos-1250000000", src_ak="NEWSRC",
        src_sk="new-src-secret", dst_ak="NEWDST", dst_sk="new-dst-secret", dst_region="cn-east-3",
        dst_bucket="photos", description="照片同步 上海", app_id="1250000000", dst_storage_policy="IA",
        consistency_check="crc64",
        source_cdn=SourceCdnReq(domain="cdn.example.com", protocol="https", authentication_type="TENCENT_COS_B",
                                authentication_key="cdn-key"))
    created = client.create_sync_task(CreateSyncTaskRequest(body=body))
    task_id = created.sync_task_id
    assert task_id

    shown = client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task_id, query_time=str(now_ms())))
    assert shown.status == "SYNCHRONIZING"
    assert shown.description == "照片同步 上海"
    assert shown.app_id == "1250000000"
    assert shown.dst_storage_policy == "IA"

    with pytest.raises(exceptions.ClientRequestException) as already:
        client.start_sync_task(StartSyncTaskRequest(
            sync_task_id=task_id, body=StartSyncTaskReq(src_ak="NEWSRC", src_sk="new-src-secret",
                                                       dst_ak="NEWDST", dst_sk="new-dst-secret")))
    assert already.value.status_code == 400

    with pytest.raises(exceptions.ClientRequestException) as busy:
        client.delete_sync_task(DeleteSyncTaskRequest(sync_task_id=task_id))
    assert busy.value.status_code == 400

    client.stop_sync_task(StopSyncTaskRequest(sync_task_id=task_id))
    assert client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task_id, query_time=str(now_ms()))).status \
        == "STOPPED"

    with pytest.raises(exceptions.ClientRequestException) as wrong_keys:
        client.start_sync_task(StartSyncTaskRequest(
            sync_task_id=task_id, body=StartSyncTaskReq(src_ak="NEWSRC", src_sk="guess", dst_ak="NEWDST",
                                                       dst_sk="new-dst-secret")))
    assert wrong_keys.value.status_code == 400

    client.start_sync_task(StartSyncTaskRequest(
        sync_task_id=task_id, body=StartSyncTaskReq(src_ak="NEWSRC", src_sk="new-src-secret", dst_ak="NEWDST",
                                                   dst_sk="new-dst-secret")))
    assert client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task_id, query_time=str(now_ms()))).status \
        == "SYNCHRONIZING"

    client.stop_sync_task(StopSyncTaskRequest(sync_task_id=task_id))
    client.delete_sync_task(DeleteSyncTaskRequest(sync_task_id=task_id))
    assert task_id not in [t.sync_task_id for t in all_tasks(client)]


def test_start_a_demo_task_with_the_printed_keys(simulator):
    client = client_for(simulator.endpoint)
    task = stopped_task(client)
    client.start_sync_task(StartSyncTaskRequest(sync_task_id=task.sync_task_id, body=StartSyncTaskReq(**SRC, **DST)))
    shown = client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task.sync_task_id, query_time=str(now_ms())))
    assert shown.status == "SYNCHRONIZING"
    assert shown.last_start_time > now_ms() - 60000


def test_at_most_five_tasks_per_tenant(simulator):
    client = client_for(simulator.endpoint)
    body = CreateSyncTaskReq(src_region="cn-beijing", src_bucket="b", src_ak="a", src_sk="s", dst_ak="d",
                             dst_sk="k", dst_region="cn-north-4", dst_bucket="o")
    with pytest.raises(exceptions.ClientRequestException) as full:
        client.create_sync_task(CreateSyncTaskRequest(body=body))
    assert full.value.status_code == 400
    assert full.value.error_code


def test_wrong_sk_is_refused_like_the_gateway(simulator):
    client = client_for(simulator.endpoint, sk="not-the-right-secret-key")
    with pytest.raises(exceptions.ClientRequestException) as refused:
        client.list_sync_tasks(ListSyncTasksRequest())
    assert refused.value.status_code == 401
    assert refused.value.error_code == "APIGW.0301"
    assert refused.value.request_id


def test_wrong_project_is_refused(simulator):
    client = client_for(simulator.endpoint, project="someone0elses0project00000000000")
    with pytest.raises(exceptions.ClientRequestException) as refused:
        client.list_sync_tasks(ListSyncTasksRequest())
    assert refused.value.status_code == 401
    assert refused.value.error_code == "APIGW.0301"


def test_unknown_task_is_404(simulator):
    client = client_for(simulator.endpoint)
    with pytest.raises(exceptions.ClientRequestException) as missing:
        client.show_sync_task(ShowSyncTaskRequest(sync_task_id="00000000-0000-4000-8000-000000000000",
                                                  query_time=str(now_ms())))
    assert missing.value.status_code == 404
    assert missing.value.error_code
    assert missing.value.request_id


@pytest.mark.parametrize("limit,offset", [(0, 0), (101, 0), (10, 10001), (10, -1)])
def test_out_of_range_paging_is_400(simulator, limit, offset):
    client = client_for(simulator.endpoint)
    with pytest.raises(exceptions.ClientRequestException) as bad:
        client.list_sync_tasks(ListSyncTasksRequest(limit=limit, offset=offset))
    assert bad.value.status_code == 400
    assert bad.value.error_code == "OMS.0064"


def test_bad_status_and_missing_parameters_are_400(simulator):
    client = client_for(simulator.endpoint)
    task_id = all_tasks(client)[0].sync_task_id
    with pytest.raises(exceptions.ClientRequestException) as bad_status:
        client.list_sync_tasks(ListSyncTasksRequest(status="RUNNING"))
    assert bad_status.value.status_code == 400
    with pytest.raises(exceptions.ClientRequestException) as no_time:
        client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task_id))
    assert no_time.value.status_code == 400
    with pytest.raises(exceptions.ClientRequestException) as bad_type:
        client.list_sync_task_statistic(ListSyncTaskStatisticRequest(
            sync_task_id=task_id, data_type="BANDWIDTH", start_time="0", end_time=str(now_ms())))
    assert bad_type.value.status_code == 400


def test_create_validates_description(simulator):
    client = client_for(simulator.endpoint)
    client.delete_sync_task(DeleteSyncTaskRequest(sync_task_id=stopped_task(client).sync_task_id))
    body = CreateSyncTaskReq(src_region="cn-beijing", src_bucket="b", src_ak="a", src_sk="s", dst_ak="d",
                             dst_sk="k", dst_region="cn-north-4", dst_bucket="o", description="bad <chars>")
    with pytest.raises(exceptions.ClientRequestException) as bad:
        client.create_sync_task(CreateSyncTaskRequest(body=body))
    assert bad.value.status_code == 400
    assert bad.value.error_code == "OMS.0078"
    body.description = "x" * 256
    with pytest.raises(exceptions.ClientRequestException) as long:
        client.create_sync_task(CreateSyncTaskRequest(body=body))
    assert long.value.status_code == 400
    body.description = None
    body.src_cloud_type = "Tencent"
    with pytest.raises(exceptions.ClientRequestException) as no_app_id:
        client.create_sync_task(CreateSyncTaskRequest(body=body))
    assert no_app_id.value.status_code == 400


def test_statistics_not_offered_in_other_regions(statsless_simulator):
    client = client_for(statsless_simulator.endpoint)
    task = all_tasks(client)[0]
    with pytest.raises(exceptions.ClientRequestException) as missing:
        client.list_sync_task_statistic(ListSyncTaskStatisticRequest(
            sync_task_id=task.sync_task_id, data_type="REQUEST", start_time="0", end_time=str(now_ms())))
    assert missing.value.status_code == 404
    assert missing.value.error_code == "APIGW.0101"


def test_create_sync_events_takes_encoded_names_for_a_synchronizing_task(simulator):
    client = client_for(simulator.endpoint)
    task = synchronizing_task(client)

    def requested():
        shown = client.show_sync_task(ShowSyncTaskRequest(sync_task_id=task.sync_task_id, query_time=str(now_ms())))
        return shown.monthly_acceptance_request

    before = requested()
    names = ["logs/2026/12/01.gz", "photos/猫 1.jpg", "a+b"]
    body = SyncObjectReq(object_keys=[quote_plus(name) for name in names])
    client.create_sync_events(CreateSyncEventsRequest(sync_task_id=task.sync_task_id, body=body))
    assert requested() >= before + len(names), "each name is one more requested object this month"


def test_create_sync_events_is_refused_for_a_stopped_task_and_bad_bodies(simulator):
    client = client_for(simulator.endpoint)
    stopped = stopped_task(client)
    with pytest.raises(exceptions.ClientRequestException) as refused:
        client.create_sync_events(CreateSyncEventsRequest(
            sync_task_id=stopped.sync_task_id, body=SyncObjectReq(object_keys=["x"])))
    assert refused.value.status_code == 400 and refused.value.error_code == "OMS.0071"
    running = synchronizing_task(client)
    for keys in ([], [str(n) for n in range(11)], [""], ["bad%zz"]):
        with pytest.raises(exceptions.ClientRequestException) as bad:
            client.create_sync_events(CreateSyncEventsRequest(
                sync_task_id=running.sync_task_id, body=SyncObjectReq(object_keys=keys)))
        assert bad.value.status_code == 400, keys
    with pytest.raises(exceptions.ClientRequestException) as unknown:
        client.create_sync_events(CreateSyncEventsRequest(
            sync_task_id="no-such-task", body=SyncObjectReq(object_keys=["x"])))
    assert unknown.value.status_code == 404


def test_sync_objects_encodes_names_as_quote_plus():
    """omsdash's encoding of object names, compared live with Python's quote_plus."""
    names = ["test/001.txt", "test+001.txt", "a b", "照片/2026 年/猫.jpg", "100%done", "what?.txt", "#hash",
             "a&b=c", "~tilde", "star*", '"double"', "'single'", "emoji 😀.png", "dir\\back", "semi;colon,comma",
             "(paren)[brack]{brace}", "tab\tname", "ünïcödé", "é".join("xyz")]
    result = subprocess.run([BINARY, "sync-objects", "any-task", *names, "--dry-run", "--format", "json"],
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout)
    sent = [key for batch in report["batches"] for key in batch["object_keys"]]
    assert sent == [quote_plus(name) for name in names]
