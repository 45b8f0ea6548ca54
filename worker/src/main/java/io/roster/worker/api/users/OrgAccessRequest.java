package io.roster.worker.api.users;

import java.time.LocalDate;

/** Body of {@code PUT /users/{user}/org-access/{org}}: absent dates are open ends. */
record OrgAccessRequest(LocalDate accessStartDate, LocalDate accessExpirationDate) {}
