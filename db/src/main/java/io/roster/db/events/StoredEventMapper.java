package io.roster.db.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a {@code domain_events} row to a {@link StoredEvent}. */
final class StoredEventMapper implements RowMapper<StoredEvent> {

  @Override
  public StoredEvent map(ResultSet rs, StatementContext ctx) throws SQLException {
    try {
      return new StoredEvent(
          rs.getObject("id", UUID.class),
          rs.getLong("global_position"),
          StreamType.fromSqlName(rs.getString("stream_type")),
          rs.getObject("stream_id", UUID.class),
          rs.getInt("stream_version"),
          rs.getString("event_type"),
          EventJson.mapper().readTree(rs.getString("event_data")),
          EventJson.mapper().readTree(rs.getString("event_metadata")),
          rs.getObject("created_at", OffsetDateTime.class).toInstant());
    } catch (JsonProcessingException e) {
      throw new SQLException("stored event has invalid JSON: " + e.getMessage(), e);
    }
  }
}
