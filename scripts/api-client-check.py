"""Calls a running hub through a Python client generated from its OpenAPI document
(openapi-python-client, by scripts/api-fuzz): if the document names a parameter wrongly (a query
parameter declared as a path one, say) or describes an answer wrongly, a call here fails.

    PYTHONPATH=DIR-WITH-GENERATED-client python3 scripts/api-client-check.py BASE_URL COORDINATOR_TOKEN
"""

import datetime
import sys

from client import AuthenticatedClient, Client
from client.api.auth import login, me
from client.api.catalogue import get_record, search_catalogue
from client.api.hub import health
from client.api.reports import impact_report
from client.api.sync import feed_page
from client.models import ApiError, FeedPage, ImpactReport, LoginRequest, LoginResponse, SearchResults
from client.models.feed_page_collection import FeedPageCollection

base, token = sys.argv[1], sys.argv[2]
anonymous = Client(base_url=base, raise_on_unexpected_status=True)
coordinator = AuthenticatedClient(base_url=base, token=token, raise_on_unexpected_status=True)
checks = 0


def check(what, condition):
    global checks
    if not condition:
        raise SystemExit(f"generated client: {what}")
    checks += 1


check("health", health.sync(client=anonymous).status == "ok")

# Search with its query parameters: words, a filter, a page.
found = search_catalogue.sync(client=anonymous, q="shakespeare", limit=2, offset=0)
check("search answers SearchResults", isinstance(found, SearchResults))
check("search finds the demo's Shakespeare", found.total >= 3 and len(found.records) == 2)
second = search_catalogue.sync(client=anonymous, q="shakespeare", limit=2, offset=2)
check("the second page starts after the first", second.records[0].id not in {r.id for r in found.records})
check("available is sent", isinstance(search_catalogue.sync(client=anonymous, q="shakespeare", available=True), SearchResults))
record = get_record.sync(found.records[0].id, client=anonymous)
check("a hit's record opens by its id", record.title == found.records[0].title)

# A bad page size comes back as the documented ApiError, naming the parameter.
refused = search_catalogue.sync(client=anonymous, q="shakespeare", limit=0)
check("limit=0 is an ApiError", isinstance(refused, ApiError) and refused.field == "limit")
too_long = search_catalogue.sync(client=anonymous, q="a " * 150)
check("an over-long search is an ApiError", isinstance(too_long, ApiError) and too_long.field == "q")

# The feed's cursor and page size are query parameters.
page = feed_page.sync(FeedPageCollection.LIBRARIES, client=anonymous, after=0, limit=1, count=True)
check("the feed answers a FeedPage of one", isinstance(page, FeedPage) and len(page.items) == 1 and page.more)
rest = feed_page.sync(FeedPageCollection.LIBRARIES, client=anonymous, after=page.cursor, limit=500)
check("the next page follows the cursor", all(i.key != page.items[0].key for i in rest.items))

# Sign-in, and a report's period as query parameters.
signed = login.sync(client=anonymous, body=LoginRequest(card="2100000001", pin="1234"))
check("sign-in answers a LoginResponse", isinstance(signed, LoginResponse))
member = AuthenticatedClient(base_url=base, token=signed.token, raise_on_unexpected_status=True)
check("me is the member", me.sync(client=member).card == "2100000001")
wrong = login.sync(client=anonymous, body=LoginRequest(card="12", pin="1234"))
check("a card of two digits is an ApiError on card", isinstance(wrong, ApiError) and wrong.field == "card")
today = datetime.date.today()
report = impact_report.sync(client=coordinator, from_=today - datetime.timedelta(days=30), to=today)
check("the impact report answers an ImpactReport", isinstance(report, ImpactReport))
backwards = impact_report.sync(client=coordinator, from_=today, to=today - datetime.timedelta(days=1))
check("a period that ends before it starts is an ApiError", isinstance(backwards, ApiError))

print(f"generated client: {checks} passed, 0 failed")
