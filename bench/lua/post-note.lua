-- POST /api/notes without a category: one INSERT in the database.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text":"Benchmark note: buy milk and bread, then read the performance chapter."}'
