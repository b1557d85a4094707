"""Object storage for uploads: one interface, two backends, two namespaces.

- `PUBLIC` holds the re-encoded pictures (`products/<random>-640.jpg`), served at `/media/<key>`;
- `PRIVATE` holds label certificates (`certificates/<random>.pdf`), sent only by views that check
  permissions first (`catalog.manage.send_certificate`).

`LocalStorage` keeps today's layout: PUBLIC is UPLOAD_DIR and PRIVATE is PRIVATE_DIR, so existing files
keep working. `S3Storage` is chosen when S3_BUCKET is set: one bucket, keys `<S3_PREFIX>public/<key>` and
`<S3_PREFIX>private/<key>`; credentials come from boto3's usual chain (environment, shared files, instance
role), never from our settings.

Both namespaces are proxied through the app under S3 rather than redirected to the bucket:
- the `/media/...` URLs the templates, the API and cached pages hold stay valid, and stay same-origin
  (our Content-Security-Policy, no bucket host to allow);
- the bucket never needs a public ACL, so a wrong bucket policy cannot leak a certificate;
- pictures are immutable (a new upload gets a new random key), so `/media` answers with a one-year
  `public, immutable` Cache-Control and an ETag: a CDN or the front proxy keeps them and the app sees a
  picture about once per edge. A presigned redirect would change URL on every page view (no browser
  cache) and cost a second round trip for each of the ~100 pictures of a listing page;
- a certificate goes through the same view and permission check as on local disk, with
  `Cache-Control: private, no-store`; no URL exists that works without a session.
"""

from __future__ import annotations

import mimetypes
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from flask import Flask, abort, send_file, send_from_directory
from flask_babel import lazy_gettext as _l

PUBLIC = "public"
PRIVATE = "private"
NAMESPACES = (PUBLIC, PRIVATE)


class StorageUnavailable(RuntimeError):
    """The storage could not be reached or refused the operation; the message is translatable and is shown
    to the uploader (the view rolls back, so no row points at a file that was never written)."""

    def __init__(self, detail: str = ""):
        super().__init__(_l("Your file could not be saved right now. Please try again in a few minutes."))
        self.detail = detail  # for the logs, never shown


@dataclass
class StoredObject:
    data: bytes
    content_type: str
    etag: str | None = None
    last_modified: datetime | None = None


def check_key(key: str) -> str:
    """Keys are relative paths we generated; refuse anything that could climb out of its namespace (under S3
    too: some S3-compatible servers and proxies normalise `..` in URL paths)."""
    parts = key.split("/")
    if not key or key.startswith("/") or "\\" in key or "\x00" in key or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid storage key: {key!r}")
    return key


def guess_type(key: str) -> str:
    return mimetypes.guess_type(key)[0] or "application/octet-stream"


class Storage:
    name = "storage"

    def put(self, namespace: str, key: str, data: bytes, content_type: str) -> None:
        raise NotImplementedError

    def get(self, namespace: str, key: str) -> StoredObject | None:
        raise NotImplementedError

    def exists(self, namespace: str, key: str) -> bool:
        raise NotImplementedError

    def delete(self, namespace: str, key: str) -> None:
        """Missing keys are not an error (deleting twice is fine)."""
        raise NotImplementedError

    def keys(self, namespace: str) -> Iterator[str]:
        raise NotImplementedError

    def send(self, namespace: str, key: str, *, mimetype: str, max_age: int | None = None,
             download_name: str | None = None):  # fmt: skip
        """A Flask response with the object (conditional: ETag, Last-Modified), or 404; 503 when the
        storage is down. Callers set the cache policy and check permissions before calling."""
        try:
            check_key(key)
            stored = self.get(namespace, key)
        except ValueError:
            abort(404)
        except StorageUnavailable:
            abort(503)
        if stored is None:
            abort(404)
        return send_file(
            BytesIO(stored.data),
            mimetype=mimetype,
            download_name=download_name,
            etag=stored.etag or True,
            last_modified=stored.last_modified,
            max_age=max_age,
            conditional=True,
        )


class LocalStorage(Storage):
    """Two folders on this machine's disk (one machine, or a shared volume)."""

    name = "local"

    def __init__(self, public_dir: str | os.PathLike, private_dir: str | os.PathLike):
        self.roots = {PUBLIC: Path(public_dir), PRIVATE: Path(private_dir)}

    def path(self, namespace: str, key: str) -> Path:
        return self.roots[namespace] / check_key(key)

    def put(self, namespace, key, data, content_type):
        target = self.path(namespace, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed, so a reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, namespace, key):
        path = self.path(namespace, key)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        return StoredObject(data, guess_type(key))

    def exists(self, namespace, key):
        return self.path(namespace, key).is_file()

    def delete(self, namespace, key):
        self.path(namespace, key).unlink(missing_ok=True)

    def keys(self, namespace):
        root = self.roots[namespace]
        if not root.is_dir():
            return
        for path in sorted(root.rglob("*")):
            if path.is_file() and not path.name.startswith(".tmp-"):
                yield path.relative_to(root).as_posix()

    def send(self, namespace, key, *, mimetype, max_age=None, download_name=None):
        # Flask's own file sending: safe_join on the folder, ranges, sendfile when the server offers it.
        return send_from_directory(
            self.roots[namespace], key, mimetype=mimetype, max_age=max_age, download_name=download_name
        )


class S3Storage(Storage):
    """An S3-compatible bucket (AWS S3, MinIO, Ceph, Scaleway, R2...) through boto3."""

    name = "s3"

    def __init__(self, client, bucket: str, prefix: str = ""):
        self.client = client
        self.bucket = bucket
        prefix = prefix.strip("/")
        self.prefix = f"{prefix}/" if prefix else ""

    def object_key(self, namespace: str, key: str) -> str:
        if namespace not in NAMESPACES:
            raise ValueError(f"unknown namespace {namespace!r}")
        return f"{self.prefix}{namespace}/{check_key(key)}"

    def _call(self, method: str, **kwargs):
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, method)(Bucket=self.bucket, **kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("NoSuchKey", "404", "NotFound"):
                raise KeyError(kwargs.get("Key")) from exc
            raise StorageUnavailable(f"{method}: {code or exc}") from exc
        except BotoCoreError as exc:  # connection refused, timeouts, no credentials...
            raise StorageUnavailable(f"{method}: {exc}") from exc

    def put(self, namespace, key, data, content_type):
        self._call("put_object", Key=self.object_key(namespace, key), Body=data, ContentType=content_type)

    def get(self, namespace, key):
        try:
            result = self._call("get_object", Key=self.object_key(namespace, key))
        except KeyError:
            return None
        try:
            data = result["Body"].read()
        except Exception as exc:  # noqa: BLE001 - the connection dropped mid-body
            raise StorageUnavailable(f"get_object body: {exc}") from exc
        etag = (result.get("ETag") or "").strip('"') or None
        return StoredObject(data, result.get("ContentType") or guess_type(key), etag, result.get("LastModified"))

    def exists(self, namespace, key):
        try:
            self._call("head_object", Key=self.object_key(namespace, key))
        except KeyError:
            return False
        return True

    def delete(self, namespace, key):
        self._call("delete_object", Key=self.object_key(namespace, key))

    def keys(self, namespace):
        base = f"{self.prefix}{namespace}/"
        token = None
        while True:
            extra = {"ContinuationToken": token} if token else {}
            page = self._call("list_objects_v2", Prefix=base, **extra)
            for item in page.get("Contents", []):
                yield item["Key"][len(base) :]
            if not page.get("IsTruncated"):
                return
            token = page["NextContinuationToken"]


def s3_client(config: dict):
    """A boto3 S3 client from our settings; credentials are boto3's business (environment, ~/.aws, role)."""
    import boto3
    from botocore.config import Config

    endpoint = config.get("S3_ENDPOINT_URL") or None
    options = Config(
        region_name=config.get("S3_REGION") or None,
        # An upload form should fail in seconds, not hang a worker, when the storage is down.
        connect_timeout=3,
        read_timeout=20,
        retries={"max_attempts": 2, "mode": "standard"},
        # Self-hosted S3 (MinIO, Ceph) behind one host name rarely has per-bucket DNS names.
        s3={"addressing_style": "path"} if endpoint else {},
    )
    return boto3.session.Session().client("s3", endpoint_url=endpoint, config=options)


def build_storage(config: dict) -> Storage:
    if config.get("S3_BUCKET"):
        return S3Storage(s3_client(config), config["S3_BUCKET"], config.get("S3_PREFIX") or "")
    return LocalStorage(config["UPLOAD_DIR"], config["PRIVATE_DIR"])


_lock = threading.Lock()


def storage_for(app: Flask) -> Storage:
    """The app's storage, chosen once from its settings (S3 when S3_BUCKET is set, else the two folders)."""
    storage = app.extensions.get("storage")
    if storage is None:
        with _lock:  # boto3 sessions are not thread-safe while a client is being built
            storage = app.extensions.get("storage")
            if storage is None:
                storage = app.extensions["storage"] = build_storage(app.config)
    return storage


def current_storage() -> Storage:
    from flask import current_app

    return storage_for(current_app._get_current_object())
