package io.roster.db.users;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads users and their organization access windows. */
@RegisterConstructorMapper(UserRow.class)
@RegisterConstructorMapper(OrgAccessRow.class)
public interface UserQueries {

  @SqlQuery("SELECT id, email, first_name, last_name, is_active FROM users WHERE id = :id")
  Optional<UserRow> findUser(@Bind("id") UUID id);

  @SqlQuery("SELECT id, email, first_name, last_name, is_active FROM users WHERE email = :email")
  Optional<UserRow> findUserByEmail(@Bind("email") String email);

  @SqlQuery(
      """
      SELECT user_id, org_id, access_start_date, access_expiration_date
      FROM user_org_access WHERE user_id = :user_id AND org_id = :org_id
      """)
  Optional<OrgAccessRow> findOrgAccess(@Bind("user_id") UUID userId, @Bind("org_id") UUID orgId);
}
