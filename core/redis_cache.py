"""Django's Redis cache backend, reusing its Redis client.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` object (a few dozen attribute and
callback set-ups) for every cache operation; a signed-in page makes ten or so. The object only
wraps the connection pool, which Django already keeps, so one per pool does the same work.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
