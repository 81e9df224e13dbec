package dev.notes.adapter.persistence;

@MyBatisOnMariaDb
class ConcurrencyOnMariaDbTest extends ConcurrencyContract {

  @Override
  String lockWaitsQuery() {
    return "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
  }
}
