"""Stand-ins for the Elasticsearch 9 and OpenSearch 3 HTTP layers: they record every
request (method, path, decoded JSON body) and answer like an empty cluster. No network."""

import json

from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node._base import NodeApiResponse
from opensearchpy import Connection

REQUESTS = []


def _decode(body):
    if not body:
        return None
    text = body.decode() if isinstance(body, bytes) else body
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1:  # _bulk: newline-delimited JSON
        return [json.loads(line) for line in lines]
    return json.loads(text)


def _answer(method, path):
    if "_search" in path:
        return {"took": 1, "hits": {"total": {"value": 0, "relation": "eq"}, "hits": []}}
    if "_count" in path:
        return {"count": 0}
    if "_bulk" in path:
        return {"took": 1, "errors": False, "items": []}
    return {"acknowledged": True}


class RecordingNode(BaseNode):
    """elasticsearch-py 9: Elasticsearch(node_class=RecordingNode)."""

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        REQUESTS.append((method, target, _decode(body)))
        status = 404 if method == "HEAD" else 200
        meta = ApiResponseMeta(
            status=status,
            http_version="1.1",
            headers=HttpHeaders(
                {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
            ),
            duration=0.0,
            node=self.config,
        )
        payload = b"" if method == "HEAD" else json.dumps(_answer(method, target)).encode()
        return NodeApiResponse(meta, payload)


class RecordingConnection(Connection):
    """opensearch-py 3: OpenSearch(connection_class=RecordingConnection)."""

    def perform_request(
        self, method, url, params=None, body=None, timeout=None, ignore=(), headers=None
    ):
        body = _decode(body)
        params = {k: v.decode() if isinstance(v, bytes) else v for k, v in (params or {}).items()}
        if params and isinstance(body, dict):
            body = {**body, **params}  # opensearch-py sends size, stored_fields… as params
        REQUESTS.append((method, url, body))
        if method == "HEAD":
            return 404, {}, ""
        return 200, {"content-type": "application/json"}, json.dumps(_answer(method, url))
