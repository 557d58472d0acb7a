-- made by policyextract 0.1.0 (main at de42c26): sqlite3 .dump of a database holding one document and one failure
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "documents" (
  "doc_id" TEXT NOT NULL,
  "source" TEXT,
  "sha256" TEXT,
  "encoding" TEXT,
  "length" INTEGER NOT NULL,
  "doc_year" INTEGER,
  "doc_year_source" TEXT NOT NULL,
  "figure_count" INTEGER NOT NULL,
  "error" TEXT,
  PRIMARY KEY ("doc_id")
);
INSERT INTO documents VALUES('beta',NULL,'736f8ac3b1f388e0066b07b1ecff3e51b94f7e846e6d3a28b1b9f42605b85359',NULL,40,2023,'inferred',3,NULL);
INSERT INTO documents VALUES('broken','broken.txt',NULL,NULL,0,NULL,'unknown',0,'binary file');
CREATE TABLE IF NOT EXISTS "figures" (
  "doc_id" TEXT NOT NULL,
  "start" INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  "text" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "value" NUMERIC,
  "value_text" TEXT,
  "high" NUMERIC,
  "high_text" TEXT,
  "bound" TEXT NOT NULL,
  "unit" TEXT NOT NULL,
  "metric" TEXT,
  "modality" TEXT NOT NULL,
  "role" TEXT NOT NULL,
  "time_text" TEXT,
  "time_year" INTEGER,
  "time_start" INTEGER,
  "time_end" INTEGER,
  "sentence" TEXT NOT NULL,
  "indicator" TEXT,
  "stage" TEXT,
  "rule" TEXT NOT NULL,
  PRIMARY KEY ("doc_id", "start", "end"),
  FOREIGN KEY ("doc_id") REFERENCES "documents" ("doc_id") ON DELETE CASCADE
);
INSERT INTO figures VALUES('beta',0,5,'2023年','date',NULL,'2023',NULL,NULL,'=','',NULL,'other','level',NULL,NULL,NULL,NULL,'2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。',NULL,NULL,'date');
INSERT INTO figures VALUES('beta',17,23,'0.5%以内','percentage',0.5,'0.5',NULL,NULL,'<=','%','初中学生辍学率','target','level','2023年',2023,0,5,'2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。','dropout_rate','junior_secondary','percent_sign');
INSERT INTO figures VALUES('beta',34,39,'92.3%','percentage',92.299999999999997159,'92.3',NULL,NULL,'=','%','高中阶段毛入学率','target','level','2023年',2023,0,5,'2023年全省初中学生辍学率控制在0.5%以内,高中阶段毛入学率达到92.3%。','gross_enrollment_rate','senior_secondary','percent_sign');
CREATE INDEX "figures_indicator" ON figures ("indicator");
CREATE INDEX "figures_kind" ON figures ("kind");
COMMIT;
