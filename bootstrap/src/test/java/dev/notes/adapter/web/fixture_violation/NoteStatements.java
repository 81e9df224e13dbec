package dev.notes.adapter.web.fixture_violation;

import org.apache.ibatis.annotations.Mapper;

/**
 * Wrong on purpose (rule 8c): a MyBatis mapper in the web adapter, and not named *Mapper. Kept out
 * of dev.notes.adapter.persistence on purpose: the adapter's @MapperScan would register it.
 */
@Mapper
public interface NoteStatements {}
