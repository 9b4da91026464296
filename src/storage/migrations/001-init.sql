-- Rapport's schema, version 1. The same SQL runs on PGlite and PostgreSQL.
create table organisations (
  id serial primary key,
  name text not null unique,
  created_at timestamptz not null default now()
);

create table teams (
  id serial primary key,
  org_id integer not null references organisations (id) on delete cascade,
  name text not null,
  created_at timestamptz not null default now(),
  unique (org_id, name)
);

create table people (
  id serial primary key,
  org_id integer not null references organisations (id) on delete cascade,
  name text not null,
  team_id integer references teams (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (org_id, name)
);

-- The names and addresses that identify a person as a speaker, stored lower-case.
create table person_identities (
  org_id integer not null references organisations (id) on delete cascade,
  person_id integer not null references people (id) on delete cascade,
  value text not null,
  primary key (org_id, value)
);

-- Which people manage which teams; a manager sees the conversations of their teams' people.
create table team_managers (
  team_id integer not null references teams (id) on delete cascade,
  person_id integer not null references people (id) on delete cascade,
  primary key (team_id, person_id)
);

-- API keys: only the sha256 of the token is stored.
create table api_keys (
  id serial primary key,
  org_id integer not null references organisations (id) on delete cascade,
  hash text not null unique,
  prefix text not null,
  role text not null check (role in ('admin', 'manager', 'rep')),
  person_id integer references people (id) on delete cascade,
  label text,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Browser sessions: the cookie holds a token whose sha256 is stored here.
create table sessions (
  hash text primary key,
  key_id integer not null references api_keys (id) on delete cascade,
  csrf text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);

create table conversations (
  id serial primary key,
  org_id integer not null references organisations (id) on delete cascade,
  source text not null,
  channel text not null check (channel in ('call', 'chat', 'email')),
  occurred_at timestamptz not null,
  uploaded_at timestamptz not null default now(),
  content_hash text not null,
  participants jsonb not null,
  utterances jsonb not null,
  body text not null,
  uploaded_by integer references api_keys (id) on delete set null,
  uploader_person_id integer references people (id) on delete set null,
  unique (org_id, content_hash)
);
create index conversations_org_time on conversations (org_id, occurred_at desc);

-- The people who spoke for the company in a conversation.
create table conversation_people (
  conversation_id integer not null references conversations (id) on delete cascade,
  person_id integer not null references people (id) on delete cascade,
  speaker text not null,
  primary key (conversation_id, person_id)
);
create index conversation_people_person on conversation_people (person_id);

-- One row per conversation and engine version: re-analysis after an upgrade keeps the history.
create table analyses (
  id serial primary key,
  conversation_id integer not null references conversations (id) on delete cascade,
  engine_version text not null,
  created_at timestamptz not null default now(),
  labels text[] not null,
  empathy integer,
  assertiveness integer,
  result jsonb not null,
  unique (conversation_id, engine_version)
);

create table findings (
  id serial primary key,
  analysis_id integer not null references analyses (id) on delete cascade,
  conversation_id integer not null references conversations (id) on delete cascade,
  person_id integer references people (id) on delete set null,
  rule text not null,
  severity text not null,
  utterance integer not null,
  speaker text not null,
  evidence text not null,
  message text not null,
  suggestion text not null
);
create index findings_analysis on findings (analysis_id);
create index findings_person on findings (person_id, rule);
