"""Graph's throttling of the photo API, opt-in (`PHOTOS_THROTTLING=graph`): the limits and their
counters (`throttle`: in memory, or shared by replicas in Redis) and the middleware that answers
`429` past them (`middleware`). Nothing here is imported while throttling is off but the
middleware's module, which loads the counters' libraries only for type checking.
"""
