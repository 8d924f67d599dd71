"""Who is calling: the caller of a request, and bearer tokens (JWT verification and minting).

Below the web layer: nothing here knows about HTTP. The web layer turns `AuthenticationFailed`
into Graph's `401 InvalidAuthenticationToken` and `DelegatedUserRequired` into its `400`.
"""
