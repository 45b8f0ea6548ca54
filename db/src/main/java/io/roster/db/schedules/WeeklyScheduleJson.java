package io.roster.db.schedules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.roster.db.events.EventJson;
import java.util.Map;

/** Reads the weekly schedule JSON of a projection row back into the map events carry. */
public final class WeeklyScheduleJson {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private WeeklyScheduleJson() {}

  /** The schedule as an ordered map of day to {@code {begin, end}} or null (a day off). */
  public static Map<String, Object> parse(String json) {
    try {
      return EventJson.mapper().readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored weekly schedule is not a JSON object: " + json, e);
    }
  }
}
