package io.roster.db.schedules;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads schedule templates and the users assigned to them (001). */
@RegisterConstructorMapper(ScheduleTemplateRow.class)
@RegisterConstructorMapper(ScheduleAssignmentRow.class)
public interface ScheduleTemplateQueries {

  @SqlQuery(
      """
      SELECT id, organization_id, org_unit_id, schedule_name, schedule::text AS schedule,
             is_active, assigned_user_count
      FROM schedule_templates_projection WHERE id = :id
      """)
  Optional<ScheduleTemplateRow> findTemplate(@Bind("id") UUID id);

  /** The user's assignment to the template, active or not (there is at most one). */
  @SqlQuery(
      """
      SELECT id, schedule_template_id, user_id, organization_id, effective_from, effective_until,
             coalesce(is_active, false) AS is_active
      FROM schedule_user_assignments_projection
      WHERE schedule_template_id = :template_id AND user_id = :user_id
      """)
  Optional<ScheduleAssignmentRow> findAssignment(
      @Bind("template_id") UUID templateId, @Bind("user_id") UUID userId);

  /** Every assignment row of the template, active or not: what deleting it removes. */
  @SqlQuery(
      "SELECT count(*) FROM schedule_user_assignments_projection WHERE schedule_template_id = :id")
  int countAssignments(@Bind("id") UUID templateId);
}
