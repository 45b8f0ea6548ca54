package io.roster.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.roster.db.catalogue.BaseCatalogue;
import io.roster.db.events.EventIds;
import io.roster.db.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void plainSqlFilesApplyInPsqlOrderAndMatchTheFlywaySchema() throws Exception {
    try (var plain = TestDatabase.empty();
        var flyway = TestDatabase.fresh()) {
      try (var connection = plain.dataSource().getConnection();
          var statement = connection.createStatement()) {
        for (var file : psqlOrder()) {
          statement.execute(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
      assertThat(schemaOf(plain)).isEqualTo(schemaOf(flyway));
      assertThat(catalogueOf(plain)).isEqualTo(catalogueOf(flyway));
    }
  }

  @Test
  void baseCatalogueHasEveryPermissionAndPlatformRoleWithItsGrants() {
    try (var db = TestDatabase.fresh()) {
      var jdbi = db.jdbi();
      var permissions =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT name FROM permissions_projection ORDER BY name")
                      .mapTo(String.class)
                      .list());
      assertThat(permissions)
          .containsExactlyInAnyOrderElementsOf(BaseCatalogue.PERMISSION_IDS.keySet());
      var roles =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT name FROM roles_projection WHERE organization_id IS NULL ORDER BY name")
                      .mapTo(String.class)
                      .list());
      assertThat(roles).containsExactlyInAnyOrderElementsOf(BaseCatalogue.ROLE_IDS.keySet());
      assertThat(grantsOf(db, "super_admin")).hasSize(6);
      assertThat(grantsOf(db, "provider_admin"))
          .contains(BaseCatalogue.ORGANIZATION_MANAGE)
          .hasSize(6);
      assertThat(grantsOf(db, "facility_admin"))
          .contains(BaseCatalogue.ROLE_ASSIGN, BaseCatalogue.ORG_UNIT_ASSIGN)
          .doesNotContain(BaseCatalogue.ORGANIZATION_MANAGE);
      assertThat(grantsOf(db, "coordinator"))
          .containsExactlyInAnyOrder(
              BaseCatalogue.CLIENT_ASSIGN,
              BaseCatalogue.SCHEDULE_MANAGE,
              BaseCatalogue.ORG_UNIT_ASSIGN);
      assertThat(grantsOf(db, "clinician")).isEmpty();
      assertThat(grantsOf(db, "peer_mentor")).isEmpty();
    }
  }

  @Test
  void reapplyingTheCatalogueWritesNothingTwice() throws Exception {
    try (var db = TestDatabase.fresh()) {
      long before = countEvents(db);
      try (var connection = db.dataSource().getConnection();
          var statement = connection.createStatement()) {
        statement.execute(Files.readString(MIGRATIONS.resolve("R__90_base_catalogue.sql")));
      }
      assertThat(countEvents(db)).isEqualTo(before).isGreaterThan(0);
    }
  }

  @Test
  void sqlAndJavaDeriveTheSameEventIdFromAnIdempotencyKey() {
    try (var db = TestDatabase.fresh()) {
      for (var key : List.of("a", "onboard/42/member-7", "ümlaut ✓")) {
        for (int i : new int[] {0, 1, 63}) {
          var sql =
              db.jdbi()
                  .withHandle(
                      h ->
                          h.createQuery("SELECT roster_event_id(:key, :i)")
                              .bind("key", key)
                              .bind("i", i)
                              .mapTo(UUID.class)
                              .one());
          assertThat(sql).isEqualTo(EventIds.eventId(key, i));
        }
      }
      // RFC 4122 appendix test vector: uuid5(DNS namespace, "www.example.com")
      assertThat(
              EventIds.uuidV5(
                  UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
          .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }
  }

  private static List<String> grantsOf(TestDatabase db, String role) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT p.name FROM role_permissions_projection rp
                        JOIN roles_projection r ON r.id = rp.role_id
                        JOIN permissions_projection p ON p.id = rp.permission_id
                        WHERE r.name = :role
                        """)
                    .bind("role", role)
                    .mapTo(String.class)
                    .list());
  }

  private static long countEvents(TestDatabase db) {
    return db.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT count(*) FROM domain_events").mapTo(Long.class).one());
  }

  private static List<Path> psqlOrder() throws IOException {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      var all = files.map(Path::getFileName).map(Path::toString).toList();
      var versioned =
          all.stream()
              .filter(n -> n.startsWith("V"))
              .sorted(
                  Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))));
      var repeatable = all.stream().filter(n -> n.startsWith("R__")).sorted();
      return Stream.concat(versioned, repeatable).map(MIGRATIONS::resolve).toList();
    }
  }

  private static List<String> schemaOf(TestDatabase db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT table_name || '.' || column_name || ':' || data_type
                        FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                        UNION ALL
                        SELECT 'constraint ' || conname FROM pg_constraint
                        WHERE connamespace = 'public'::regnamespace
                          AND conrelid::regclass::text <> 'flyway_schema_history'
                        UNION ALL
                        SELECT 'index ' || indexname FROM pg_indexes
                        WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'
                        UNION ALL
                        SELECT 'function ' || p.oid::regprocedure::text FROM pg_proc p
                        WHERE p.pronamespace = 'public'::regnamespace
                        ORDER BY 1
                        """)
                    .mapTo(String.class)
                    .list());
  }

  private static List<String> catalogueOf(TestDatabase db) {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT id || ' ' || event_type || ' ' || stream_version FROM domain_events ORDER BY 1")
                    .mapTo(String.class)
                    .list());
  }

  static {
    if (!Files.isDirectory(MIGRATIONS)) {
      throw new UncheckedIOException(new IOException("run from the db module: " + MIGRATIONS));
    }
  }
}
