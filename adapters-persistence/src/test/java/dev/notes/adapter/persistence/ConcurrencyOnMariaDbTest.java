package dev.notes.adapter.persistence;

@MyBatisOnMariaDb
class ConcurrencyOnMariaDbTest extends ConcurrencyContract {}
