package io.roster.worker.authz;

import io.roster.worker.api.ApiClient;
import java.util.function.Function;

/**
 * One route of the matrix: who may call it, what it answers when they may, and how a cell makes it:
 * {@code prepare} makes a fresh target as the super_admin and returns the request for a caller's
 * token, valid in every respect but the caller.
 */
record MatrixRoute(String name, Needs needs, int success, Function<MatrixWorld, Request> prepare) {

  /** The request of one cell, for a token (null: none). */
  @FunctionalInterface
  interface Request {
    ApiClient.Call as(String token);
  }

  static MatrixRoute route(
      String name, Needs needs, int success, Function<MatrixWorld, Request> prepare) {
    return new MatrixRoute(name, needs, success, prepare);
  }

  /** The status {@code who} gets: the success when the rule allows, else the refusal. */
  int expected(Who who) {
    if (who.badToken()) {
      return who.refusalStatus();
    }
    return needs.allows(who) ? success : who.refusalStatus();
  }
}
