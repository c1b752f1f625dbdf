"""Lists every sync task with the official Huawei Cloud Python SDK, page by page (limit 100), as an
SDK user would; prints the median time of N runs as JSON. Used by the benchmarks."""
import json
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkoms.v2 import ListSyncTasksRequest, OmsClient

endpoint, ak, sk, project, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
config = HttpConfig.get_default_config()
config.retry_times = 0
client = (OmsClient.new_builder().with_credentials(BasicCredentials(ak, sk, project))
          .with_endpoints([endpoint]).with_http_config(config).build())


def list_all():
    tasks, offset = [], 0
    while offset <= 10000:
        page = client.list_sync_tasks(ListSyncTasksRequest(limit=100, offset=offset))
        tasks += page.tasks
        offset += 100
        if offset >= page.count:
            break
    return tasks


list_all()
times, count = [], 0
for _ in range(runs):
    start = time.perf_counter()
    count = len(list_all())
    times.append(time.perf_counter() - start)
times.sort()
print(json.dumps({"median_seconds": times[len(times) // 2], "tasks": count}))
