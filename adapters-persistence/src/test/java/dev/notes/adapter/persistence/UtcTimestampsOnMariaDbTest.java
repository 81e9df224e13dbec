package dev.notes.adapter.persistence;

@MyBatisOnMariaDb
class UtcTimestampsOnMariaDbTest extends UtcTimestampsContract {}
