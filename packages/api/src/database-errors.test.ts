import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asUnavailable, DatabaseUnavailableError, isUnavailable } from './database-errors.js';

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

describe('isUnavailable', () => {
  it('recognises an unreachable, stopping, starting or full server', () => {
    const errors = [
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      withCode('getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND'),
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('the database system is shutting down', '57P03'),
      withCode('the database system is starting up', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      new Error('Cannot use a pool after calling end on the pool'),
      new Error('PGlite is closed'),
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''),
      new Error('Migration failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') }),
      new DatabaseUnavailableError('down'),
    ];
    for (const error of errors) assert.equal(isUnavailable(error), true, error.message);
  });

  it('leaves failing statements and other errors alone', () => {
    const errors = [
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('syntax error at or near "SELEC"', '42601'),
      withCode('canceling statement due to statement timeout', '57014'),
      withCode('relation "lieux" does not exist', '42P01'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new Error('password=hunter2'),
    ];
    for (const error of errors) assert.equal(isUnavailable(error), false, error.message);
    assert.equal(isUnavailable('ECONNREFUSED'), false, 'a string is not an error');
    assert.equal(isUnavailable(undefined), false);
  });

  it('wraps only unavailability, keeping the original as the cause', () => {
    const refused = withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED');
    const wrapped = asUnavailable(refused);
    assert.ok(wrapped instanceof DatabaseUnavailableError);
    assert.equal(wrapped.cause, refused);
    assert.equal(asUnavailable(wrapped), wrapped);
    const duplicate = withCode('duplicate key', '23505');
    assert.equal(asUnavailable(duplicate), duplicate);
  });
});
