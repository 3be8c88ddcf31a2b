# The hub's own words, in English (UK): its error messages and the impact report's labels.
# Every message here must also be in pl.ftl and ur.ftl (scripts/check-catalogues).

hub-error-too-many-attempts = Too many wrong PINs. Please wait { $seconds } seconds and try again.
hub-error-idempotency = This change was sent before with different details.
hub-error-no-database = The library hub cannot reach its database just now.
hub-error-internal = Something went wrong at the library hub. Please try again later.
hub-error-forbidden = You are not allowed to do that.
hub-error-no-address = There is no such address on this hub.
