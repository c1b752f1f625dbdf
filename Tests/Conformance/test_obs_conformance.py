"""OBS, both ways, with clients and servers others wrote: boto3 (S3 Signature V4) and the
official OBS SDK read the simulator's buckets, which checks the simulator's signature
verification and XML; and `omsdash failed` reads lists from moto_server, a real S3 server."""
import json
import os
import subprocess
import time
import urllib.parse
import urllib.request

import boto3
import botocore.config
import botocore.exceptions
import pytest
from obs import ObsClient

from conftest import AK, BINARY, PROJECT, SK, free_port


def s3_client(endpoint, secret=SK):
    return boto3.client(
        "s3", endpoint_url=endpoint, region_name="cn-north-4", aws_access_key_id=AK, aws_secret_access_key=secret,
        config=botocore.config.Config(s3={"addressing_style": "path"}, signature_version="s3v4", retries={"max_attempts": 1}))


def omsdash(*args, env=None):
    environment = dict(os.environ, HUAWEICLOUD_SDK_AK=AK, HUAWEICLOUD_SDK_SK=SK, **(env or {}))
    return subprocess.run([BINARY, *args], capture_output=True, text=True, env=environment, timeout=120)


def tasks(simulator):
    answer = omsdash("list", "--format", "json", "--endpoint", simulator.endpoint, "--project-id", PROJECT,
                     "--region", "cn-north-4")
    assert answer.returncode == 0, answer.stderr
    return json.loads(answer.stdout)["tasks"]


def test_boto3_lists_page_by_page_and_reads_the_simulators_lists(simulator):
    task = tasks(simulator)[1]
    s3 = s3_client(simulator.endpoint)
    prefix = f"oms/sync_task/{task['sync_task_id']}/failed_object_lists/"
    pages = list(s3.get_paginator("list_objects_v2").paginate(
        Bucket=task["dst_bucket"], Prefix=prefix, PaginationConfig={"PageSize": 2}))
    keys = [item["Key"] for page in pages for item in page.get("Contents", [])]
    assert len(pages) >= 2 and len(keys) == len(set(keys)) >= 3
    assert all(key.startswith(prefix) and key.endswith(".failed_list.txt") for key in keys)
    body = s3.get_object(Bucket=task["dst_bucket"], Key=keys[0])["Body"].read().decode()
    fields = body.splitlines()[0].split("\t")
    assert len(fields) == 5 and urllib.parse.unquote(fields[2]) == fields[3]
    part = s3.get_object(Bucket=task["dst_bucket"], Key=keys[0], Range="bytes=0-9")
    assert part["ResponseMetadata"]["HTTPStatusCode"] == 206 and part["Body"].read() == body.encode()[:10]


def test_boto3_with_a_wrong_secret_is_refused(simulator):
    with pytest.raises(botocore.exceptions.ClientError) as refused:
        s3_client(simulator.endpoint, secret="wrong-secret").list_objects_v2(Bucket="logs-prod", Prefix="oms/")
    assert refused.value.response["Error"]["Code"] == "SignatureDoesNotMatch"
    with pytest.raises(botocore.exceptions.ClientError) as missing:
        s3_client(simulator.endpoint).list_objects_v2(Bucket="no-such-bucket")
    assert missing.value.response["Error"]["Code"] == "NoSuchBucket"


def test_the_official_obs_sdk_reads_the_simulators_lists(simulator):
    task = tasks(simulator)[1]
    client = ObsClient(access_key_id=AK, secret_access_key=SK, server=simulator.endpoint, signature="v4",
                       path_style=True, region="cn-north-4", max_retry_count=0)
    listed = client.listObjects(task["dst_bucket"], prefix=f"oms/sync_task/{task['sync_task_id']}/failed_object_lists/")
    assert listed.status == 200, listed.errorMessage
    keys = [item.key for item in listed.body.contents]
    assert keys
    read = client.getObject(task["dst_bucket"], keys[0], loadStreamInMemory=True)
    assert read.status == 200 and read.body.buffer.count(b"\n") >= 1
    client.close()


class Moto:
    """moto_server, a real S3 server, on a free port."""

    def __init__(self, env=None):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        server = os.path.join(os.path.dirname(os.sys.executable), "moto_server")
        self.process = subprocess.Popen([server, "-H", "127.0.0.1", "-p", str(self.port)], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, env=dict(os.environ, **(env or {})))
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.endpoint + "/moto-api/", timeout=1)
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("moto_server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture()
def moto():
    server = Moto()
    yield server
    server.stop()


def failed(simulator, storage, *args):
    return omsdash("failed", *args, "--endpoint", simulator.endpoint, "--project-id", PROJECT, "--region", "cn-north-4",
                   "--obs-endpoint", storage)


def test_omsdash_reads_lists_from_moto_pages_included(simulator, moto):
    task = tasks(simulator)[1]
    s3 = s3_client(moto.endpoint)
    s3.create_bucket(Bucket=task["dst_bucket"], CreateBucketConfiguration={"LocationConstraint": "cn-north-4"})
    prefix = f"oms/sync_task/{task['sync_task_id']}/failed_object_lists/"
    # 1,001 lists: more than one page of 1,000 keys. The newest names each object once.
    for index in range(1001):
        name = f"photos/猫 {index}.jpg"
        line = f"timed out\t2026-12-07 10:00:00\t{urllib.parse.quote(name, safe='')}\t{name}\tRequestTimeout\n"
        s3.put_object(Bucket=task["dst_bucket"], Key=f"{prefix}sync-1/2026120{index % 7}{index:06d}.failed_list.txt", Body=line.encode())
    time.sleep(1.1)  # the newer subtask's list, written a second later: it is read first
    s3.put_object(Bucket=task["dst_bucket"], Key=f"{prefix}sync-2/20261208000000.failed_list.txt",
                  Body="gone\tphotos%2F%E7%8C%AB%200.jpg\tphotos/猫 0.jpg\tNoSuchKey\nthis line holds no name\n".encode())
    answer = failed(simulator, moto.endpoint, task["sync_task_id"], "--format", "json")
    assert answer.returncode == 0, answer.stderr
    report = json.loads(answer.stdout)
    assert len(report["lists"]) == 1002 and report["total"] == 1001
    assert report["by_error_code"] == {"RequestTimeout": 1000, "NoSuchKey": 1}
    assert report["objects"][0]["name"] == "photos/猫 0.jpg" and report["objects"][0]["error_code"] == "NoSuchKey"
    assert report["unreadable"] == [{"list": f"{prefix}sync-2/20261208000000.failed_list.txt", "line": 2,
                                     "text": "this line holds no name"}]


def test_omsdash_says_what_moto_refused_in_one_line(simulator):
    task = tasks(simulator)[1]
    plain = Moto()
    try:
        answer = failed(simulator, plain.endpoint, task["sync_task_id"])
        assert answer.returncode == 1
        assert f"bucket {task['dst_bucket']} does not exist at {plain.endpoint} (NoSuchBucket)" in answer.stderr
        assert answer.stderr.count("\n") == 1
    finally:
        plain.stop()
    # With its authentication on, moto refuses a key its IAM never issued: 403 InvalidAccessKeyId.
    strict = Moto(env={"INITIAL_NO_AUTH_ACTION_COUNT": "0"})
    try:
        answer = failed(simulator, strict.endpoint, task["sync_task_id"])
        assert answer.returncode == 1
        assert "refused the signature" in answer.stderr and "InvalidAccessKeyId" in answer.stderr
        assert SK not in answer.stderr and answer.stderr.count("\n") == 1
    finally:
        strict.stop()


def test_the_large_list_holds_100000_lines_each_a_documented_record():
    from conftest import Simulator
    large = Simulator(["--large-failed-list"])
    try:
        task = tasks(large)[0]
        s3 = s3_client(large.endpoint)
        prefix = f"oms/sync_task/{task['sync_task_id']}/failed_object_lists/backfill/"
        keys = [item["Key"] for item in s3.list_objects_v2(Bucket=task["dst_bucket"], Prefix=prefix)["Contents"]]
        assert len(keys) == 1
        lines = s3.get_object(Bucket=task["dst_bucket"], Key=keys[0])["Body"].read().decode().splitlines()
        assert len(lines) == 100_000
        assert all(urllib.parse.unquote(line.split("\t")[2]) == line.split("\t")[3] for line in lines[:1000])
    finally:
        large.stop()
