package dev.notes.adapter.persistence;

@MyBatisOnH2
class UtcTimestampsOnH2Test extends UtcTimestampsContract {}
