-- The table skills.sql and distinctive_skills.sql read: per role or occupation and skill, the records listing it.
-- It is the one pass over the long record_skill_list; the statements after it read a table of groups × skills.
create table group_skill_counts as
select r.kind, r.group_id, s.skill, count(*) as listing
from record_skill_list s
join records r on r.record_id = s.record_id
group by r.kind, r.group_id, s.skill
