-- made by policyextract 0.1.0 (main at de42c26): pg_dump --inserts of a database holding one document and one failure

CREATE TABLE documents (
    doc_id text NOT NULL,
    source text,
    sha256 text,
    encoding text,
    length integer NOT NULL,
    doc_year integer,
    doc_year_source text NOT NULL,
    figure_count integer NOT NULL,
    error text
);

CREATE TABLE figures (
    doc_id text NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    kind text NOT NULL,
    value numeric,
    value_text text,
    high numeric,
    high_text text,
    bound text NOT NULL,
    unit text NOT NULL,
    metric text,
    modality text NOT NULL,
    role text NOT NULL,
    time_text text,
    time_year integer,
    time_start integer,
    time_end integer,
    sentence text NOT NULL,
    indicator text,
    stage text,
    rule text NOT NULL
);

INSERT INTO documents VALUES ('beta', NULL, '736f8ac3b1f388e0066b07b1ecff3e51b94f7e846e6d3a28b1b9f42605b85359', NULL, 40, 2023, 'inferred', 3, NULL);
INSERT INTO documents VALUES ('broken', 'broken.txt', NULL, NULL, 0, NULL, 'unknown', 0, 'binary file');

INSERT INTO figures VALUES ('beta', 0, 5, '2023年', 'date', NULL, '2023', NULL, NULL, '=', '', NULL, 'other', 'level', NULL, NULL, NULL, NULL, '2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。', NULL, NULL, 'date');
INSERT INTO figures VALUES ('beta', 17, 23, '0.5%以内', 'percentage', 0.5, '0.5', NULL, NULL, '<=', '%', '初中学生辍学率', 'target', 'level', '2023年', 2023, 0, 5, '2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。', 'dropout_rate', 'junior_secondary', 'percent_sign');
INSERT INTO figures VALUES ('beta', 34, 39, '92.3%', 'percentage', 92.3, '92.3', NULL, NULL, '=', '%', '高中阶段毛入学率', 'target', 'level', '2023年', 2023, 0, 5, '2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。', 'gross_enrollment_rate', 'senior_secondary', 'percent_sign');

ALTER TABLE ONLY documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (doc_id);

ALTER TABLE ONLY figures
    ADD CONSTRAINT figures_pkey PRIMARY KEY (doc_id, start, "end");

CREATE INDEX figures_indicator ON figures USING btree (indicator);

CREATE INDEX figures_kind ON figures USING btree (kind);

ALTER TABLE ONLY figures
    ADD CONSTRAINT figures_doc_id_fkey FOREIGN KEY (doc_id) REFERENCES documents(doc_id) ON DELETE CASCADE;


