"""The few S3 calls an erasure needs at an S3-compatible replica: list the objects under
the replica's prefix and delete them (AWS Signature Version 4 over httpx).

Litestream itself has no command that deletes a replica, and boto3 cannot be installed
beside coachtui (botocore holds python-dateutil below 3). The address and environment are
read the way Litestream reads them, so the objects removed are the ones it wrote:
`s3://bucket/path?endpoint=...&region=...`, else `LITESTREAM_S3_ENDPOINT` and
`AWS_REGION`/`LITESTREAM_REGION`; credentials from `AWS_*` or `LITESTREAM_*` (the keyring
fills in the latter). A custom endpoint is addressed path-style, as Litestream does.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import parse_qs, quote, urlsplit

from coachtui.errors import UserError
from coachtui.outside_text import quoted

__all__ = ["S3Replica"]

EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
LITESTREAM_KEY = re.compile(r"(\d{4}/[0-9a-f]{16}-[0-9a-f]{16}\.ltx|generations/.+)\Z")


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def _q(text: str, safe: str = "-_.~") -> str:
    return quote(text, safe=safe)


def _query(query: dict[str, str]) -> str:
    """The query string as SigV4 signs it (sorted, every reserved character encoded)."""
    return "&".join(f"{_q(k)}={_q(v)}" for k, v in sorted(query.items()))


@dataclass(frozen=True)
class S3Replica:
    """Where an `s3://` replica lives and the credentials to reach it."""

    url: str
    base: str  # scheme://host[:port] of the requests
    bucket_path: str  # "/bucket" (path-style) or "" (virtual-hosted)
    prefix: str
    region: str
    key_id: str
    secret: str = field(repr=False)

    @classmethod
    def from_url(cls, url: str, env: dict[str, str]) -> S3Replica:
        """Read the address and environment as Litestream does; refused without
        credentials."""
        parts = urlsplit(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        endpoint = query.get("endpoint") or env.get("LITESTREAM_S3_ENDPOINT") or ""
        region = (query.get("region") or env.get("AWS_REGION")
                  or env.get("LITESTREAM_REGION") or "us-east-1")
        key_id = env.get("AWS_ACCESS_KEY_ID") or env.get("LITESTREAM_ACCESS_KEY_ID") or ""
        secret = (env.get("AWS_SECRET_ACCESS_KEY") or env.get("LITESTREAM_SECRET_ACCESS_KEY")
                  or "")
        if not key_id or not secret:
            raise UserError("replica.no_credentials", url=quoted(url, 200))
        bucket = parts.netloc
        if endpoint:
            if "://" not in endpoint:
                local = endpoint.startswith(("localhost", "127.", "[::1]"))
                endpoint = ("http://" if local else "https://") + endpoint
            base, bucket_path = endpoint.rstrip("/"), f"/{bucket}"
        else:
            base, bucket_path = f"https://{bucket}.s3.{region}.amazonaws.com", ""
        return cls(url, base, bucket_path, parts.path.strip("/"), region, key_id, secret)

    def _headers(self, method: str, path: str, query: dict[str, str]) -> dict[str, str]:
        now = datetime.now(UTC)
        stamp, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
        host = urlsplit(self.base).netloc
        headers = {"host": host, "x-amz-content-sha256": EMPTY_SHA256, "x-amz-date": stamp}
        names = sorted(headers)
        canonical = "\n".join([
            method, _q(path, "/-_.~"), _query(query),
            "".join(f"{name}:{headers[name]}\n" for name in names),
            ";".join(names), EMPTY_SHA256])
        scope = f"{day}/{self.region}/s3/aws4_request"
        to_sign = "\n".join(["AWS4-HMAC-SHA256", stamp, scope,
                             hashlib.sha256(canonical.encode()).hexdigest()])
        key = _hmac(("AWS4" + self.secret).encode(), day)
        for part in (self.region, "s3", "aws4_request"):
            key = _hmac(key, part)
        signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
        headers["authorization"] = (
            f"AWS4-HMAC-SHA256 Credential={self.key_id}/{scope}, "
            f"SignedHeaders={';'.join(names)}, Signature={signature}")
        del headers["host"]
        return headers

    def _call(self, method: str, path: str, query: dict[str, str]) -> bytes:
        import httpx

        url = self.base + _q(path, "/-_.~") + (f"?{_query(query)}" if query else "")
        response = httpx.request(method, url, headers=self._headers(method, path, query),
                                 timeout=30)
        if response.status_code >= 300:
            code = ""
            with contextlib.suppress(ET.ParseError):
                code = ET.fromstring(response.content).findtext("Code") or ""
            raise UserError("replica.s3_refused", url=quoted(self.url, 200),
                            status=str(response.status_code), code=quoted(code, 60))
        return response.content

    def litestream_keys(self) -> list[str]:
        """Every object Litestream wrote under the prefix: 0.5's LTX files
        (`<level as 4 digits>/<txid>-<txid>.ltx`) and 0.3's `generations/`."""
        start = f"{self.prefix}/" if self.prefix else ""
        found: list[str] = []
        token = ""
        while True:
            query = {"list-type": "2", "prefix": start}
            if token:
                query["continuation-token"] = token
            root = ET.fromstring(self._call("GET", self.bucket_path + "/", query))
            ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
            found += [item.findtext(f"{ns}Key") or "" for item in root.iter(f"{ns}Contents")]
            token = root.findtext(f"{ns}NextContinuationToken") or ""
            if root.findtext(f"{ns}IsTruncated") != "true" or not token:
                break
        return [key for key in found if LITESTREAM_KEY.match(key[len(start):])]

    def delete(self, key: str) -> None:
        """Delete one object."""
        self._call("DELETE", f"{self.bucket_path}/{key}", {})
