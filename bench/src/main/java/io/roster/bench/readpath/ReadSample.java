package io.roster.bench.readpath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The users and unit paths the JDBC timing picks from, read once before it starts. */
record ReadSample(List<UUID> users, Map<UUID, UUID> organizationOf, Map<UUID, List<String>> paths) {

  static ReadSample load(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          var users = new ArrayList<UUID>();
          var organizationOf = new HashMap<UUID, UUID>();
          h.createQuery(
                  """
                  SELECT DISTINCT ON (ur.user_id) ur.user_id, ur.org_id
                  FROM user_roles_projection ur WHERE ur.org_id IS NOT NULL
                  ORDER BY ur.user_id
                  """)
              .map(
                  (rs, ctx) ->
                      new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
              .forEach(
                  pair -> {
                    users.add(pair[0]);
                    organizationOf.put(pair[0], pair[1]);
                  });
          var paths = new HashMap<UUID, List<String>>();
          h.createQuery("SELECT organization_id, path::text FROM organization_units_projection")
              .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
              .forEach(
                  e -> paths.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          return new ReadSample(users, organizationOf, paths);
        });
  }

  List<String> allPaths() {
    return paths.values().stream().flatMap(List::stream).toList();
  }
}
