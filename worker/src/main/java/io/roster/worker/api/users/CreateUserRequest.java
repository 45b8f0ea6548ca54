package io.roster.worker.api.users;

/** Body of {@code POST /users}. */
record CreateUserRequest(String email, String firstName, String lastName) {}
