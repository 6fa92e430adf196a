-- Distinctive skills of each pair of roles (role_id < other_role_id, both with at least min_records records), by the
-- weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").
-- y = records listing the skill on a side, n = skill listings on that side (all skills); the prior is the whole corpus
-- (every mapped record, roles and occupations): a = prior_scale × the skill's listings there, a0 = Σ a. Then
--   delta = ln((y1 + a) / (n1 + a0 − y1 − a)) − ln((y2 + a) / (n2 + a0 − y2 − a)),
--   var = 1 / (y1 + a) + 1 / (y2 + a),  z = delta / sqrt(var).
-- Side "role" keeps the top_distinctive skills with z ≥ z (the 95 % critical value), side "other" those with z ≤ −z.
with roles as (
  select group_id, count(*) as records
  from records
  where kind = 'role'
  group by group_id
),
published as (
  select r.group_id, cast(r.records as double precision) as records
  from roles r
  cross join aggregate_params p
  where r.records >= p.min_records
),
counts as (
  select group_id, skill, cast(listing as double precision) as y
  from group_skill_counts
  where kind = 'role'
),
totals as (
  select group_id, sum(y) as n
  from counts
  group by group_id
),
corpus as (
  select skill, cast(sum(listing) as double precision) as y
  from group_skill_counts
  group by skill
),
corpus_total as (
  select sum(y) as n from corpus
),
prior as (
  select c.skill, p.prior_scale * c.y as a
  from corpus c
  cross join aggregate_params p
),
prior_total as (
  select p.prior_scale * t.n as a0
  from corpus_total t
  cross join aggregate_params p
),
pairs as (
  select a.group_id as role_id, b.group_id as other_role_id, a.records as role_records, b.records as other_records
  from published a
  join published b on a.group_id < b.group_id
),
pair_skills as (
  select pr.role_id, pr.other_role_id, c.skill
  from pairs pr join counts c on c.group_id = pr.role_id
  union
  select pr.role_id, pr.other_role_id, c.skill
  from pairs pr join counts c on c.group_id = pr.other_role_id
),
scored as (
  select
    ps.role_id, ps.other_role_id, ps.skill,
    coalesce(c1.y, 0) as y1, coalesce(c2.y, 0) as y2, pr.role_records, pr.other_records,
    ln((coalesce(c1.y, 0) + q.a) / (t1.n + q0.a0 - coalesce(c1.y, 0) - q.a))
      - ln((coalesce(c2.y, 0) + q.a) / (t2.n + q0.a0 - coalesce(c2.y, 0) - q.a)) as delta,
    1 / (coalesce(c1.y, 0) + q.a) + 1 / (coalesce(c2.y, 0) + q.a) as variance
  from pair_skills ps
  join pairs pr on pr.role_id = ps.role_id and pr.other_role_id = ps.other_role_id
  join prior q on q.skill = ps.skill
  join totals t1 on t1.group_id = ps.role_id
  join totals t2 on t2.group_id = ps.other_role_id
  cross join prior_total q0
  left join counts c1 on c1.group_id = ps.role_id and c1.skill = ps.skill
  left join counts c2 on c2.group_id = ps.other_role_id and c2.skill = ps.skill
),
ranked as (
  select s.*, s.delta / sqrt(s.variance) as z,
    row_number() over (partition by s.role_id, s.other_role_id order by s.delta / sqrt(s.variance) desc, s.skill) as up,
    row_number() over (partition by s.role_id, s.other_role_id order by s.delta / sqrt(s.variance), s.skill) as down
  from scored s
)
select
  k.role_id, k.other_role_id,
  case when k.z > 0 then 'role' else 'other' end as side,
  case when k.z > 0 then k.up else k.down end as position,
  k.skill, k.delta as log_odds, k.z,
  k.y1 / k.role_records as share, k.y2 / k.other_records as other_share
from ranked k
cross join aggregate_params p
where (k.z >= p.z and k.up <= p.top_distinctive) or (k.z <= -p.z and k.down <= p.top_distinctive)
order by k.role_id, k.other_role_id, side desc, position
