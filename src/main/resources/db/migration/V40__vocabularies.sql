-- Controlled vocabularies (see docs/adr/0005-vocabularies.md). Codes are stable and stored by
-- other features; built-in terms take their labels from i18n (vocab.<vocabulary>.<code>), the
-- label column is the fallback and the label of terms moderators add. SECTOR and REGION are
-- structural and live in org.thirdspace.shared, not here.
CREATE TABLE vocabulary_term (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    vocabulary     VARCHAR(40)  NOT NULL,
    code           VARCHAR(80)  NOT NULL,
    label          VARCHAR(200) NOT NULL,
    built_in       BOOLEAN      NOT NULL DEFAULT FALSE,
    retired        BOOLEAN      NOT NULL DEFAULT FALSE,
    successor_code VARCHAR(80),
    sort_order     INT          NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_vocabulary_term UNIQUE (vocabulary, code)
);

CREATE TABLE vocabulary_synonym (
    term_id BIGINT       NOT NULL,
    synonym VARCHAR(200) NOT NULL,
    PRIMARY KEY (term_id, synonym),
    CONSTRAINT fk_vocabulary_synonym_term FOREIGN KEY (term_id) REFERENCES vocabulary_term (id)
);

INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('activity', 'ite', 'Initial teacher education (ITE/ITT)', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'cpd', 'Continuing professional development (CPD)', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'research-enquiry', 'Collaborative research and enquiry', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'consultancy', 'Consultancy', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'school-improvement', 'School review and improvement', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'widening-participation', 'Widening participation and progression to HE', TRUE, FALSE, NULL, 60, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'stem-outreach', 'STEM outreach', TRUE, FALSE, NULL, 70, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'subject-enrichment', 'Subject enrichment', TRUE, FALSE, NULL, 80, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'students-as-researchers', 'Students as researchers', TRUE, FALSE, NULL, 90, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'pupil-mentoring', 'Pupils mentored by university students', TRUE, FALSE, NULL, 100, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'public-engagement', 'Public engagement', TRUE, FALSE, NULL, 110, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('activity', 'structural', 'Structural partnership (academy sponsorship, training schools)', TRUE, FALSE, NULL, 120, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');

INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'R&D' FROM vocabulary_term WHERE vocabulary = 'activity' AND code = 'research-enquiry';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'practitioner enquiry' FROM vocabulary_term WHERE vocabulary = 'activity' AND code = 'research-enquiry';

INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('phase', 'early-years', 'Early years', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('phase', 'primary', 'Primary (KS1-2)', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('phase', 'secondary', 'Secondary (KS3-4)', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('phase', 'post-16', 'Post-16', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('phase', 'fe', 'Further education (FE)', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('phase', 'he', 'Higher education (HE)', TRUE, FALSE, NULL, 60, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');

INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'sixth form' FROM vocabulary_term WHERE vocabulary = 'phase' AND code = 'post-16';

INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('subject', 'art-design', 'Art and design', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'biology', 'Biology', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'business', 'Business studies', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'chemistry', 'Chemistry', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'citizenship', 'Citizenship', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'classics', 'Classics', TRUE, FALSE, NULL, 60, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'computing', 'Computing', TRUE, FALSE, NULL, 70, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'design-technology', 'Design and technology', TRUE, FALSE, NULL, 80, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'drama', 'Drama', TRUE, FALSE, NULL, 90, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'economics', 'Economics', TRUE, FALSE, NULL, 100, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'english', 'English', TRUE, FALSE, NULL, 110, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'geography', 'Geography', TRUE, FALSE, NULL, 120, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'history', 'History', TRUE, FALSE, NULL, 130, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'mathematics', 'Mathematics', TRUE, FALSE, NULL, 140, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'media-studies', 'Media studies', TRUE, FALSE, NULL, 150, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'modern-languages', 'Modern foreign languages', TRUE, FALSE, NULL, 160, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'music', 'Music', TRUE, FALSE, NULL, 170, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'physical-education', 'Physical education', TRUE, FALSE, NULL, 180, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'physics', 'Physics', TRUE, FALSE, NULL, 190, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'pshe', 'PSHE', TRUE, FALSE, NULL, 200, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'psychology', 'Psychology', TRUE, FALSE, NULL, 210, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'religious-education', 'Religious education', TRUE, FALSE, NULL, 220, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'science', 'Science', TRUE, FALSE, NULL, 230, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'sociology', 'Sociology', TRUE, FALSE, NULL, 240, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'education-research-methods', 'Education research methods', TRUE, FALSE, NULL, 250, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'leadership', 'Leadership', TRUE, FALSE, NULL, 260, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('subject', 'send', 'Special educational needs and disabilities (SEND)', TRUE, FALSE, NULL, 270, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');

INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'maths' FROM vocabulary_term WHERE vocabulary = 'subject' AND code = 'mathematics';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'MFL' FROM vocabulary_term WHERE vocabulary = 'subject' AND code = 'modern-languages';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'PE' FROM vocabulary_term WHERE vocabulary = 'subject' AND code = 'physical-education';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'RE' FROM vocabulary_term WHERE vocabulary = 'subject' AND code = 'religious-education';

INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('role', 'ite-coordinator', 'ITE coordinator', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'mentor', 'Mentor', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'link-teacher', 'Link teacher', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'senior-leader', 'Senior leader', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'link-tutor', 'Link tutor', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'subject-tutor', 'Subject tutor', TRUE, FALSE, NULL, 60, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'course-director', 'Course director', TRUE, FALSE, NULL, 70, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'researcher', 'Researcher', TRUE, FALSE, NULL, 80, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'wp-officer', 'Widening-participation officer', TRUE, FALSE, NULL, 90, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'broker', 'Broker', TRUE, FALSE, NULL, 100, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'third-space-professional', 'Third space professional', TRUE, FALSE, NULL, 110, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('role', 'critical-friend', 'Critical friend', TRUE, FALSE, NULL, 120, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');

INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'professional tutor' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'ite-coordinator';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'lead mentor' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'ite-coordinator';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'school coordinator' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'ite-coordinator';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'subject mentor' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'mentor';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'teacher tutor' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'mentor';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'head teacher' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'senior-leader';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'headteacher' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'senior-leader';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'visiting tutor' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'link-tutor';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'widening participation officer' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'wp-officer';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'outreach officer' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'wp-officer';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'partnership manager' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'broker';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'boundary spanner' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'broker';
INSERT INTO vocabulary_synonym (term_id, synonym) SELECT id, 'hybrid' FROM vocabulary_term WHERE vocabulary = 'role' AND code = 'third-space-professional';

INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('partnership-model', 'ad-hoc', 'Ad hoc', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('partnership-model', 'programme', 'Programme or offer-led', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('partnership-model', 'collaborative', 'Collaborative', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('partnership-model', 'strategic', 'Strategic or embedded', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');


INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('core-component', 'vision', 'Vision', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'organisational-structures', 'Organisational structures', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'communications', 'Communications', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'ways-of-working', 'Ways of working', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'networking', 'Networking', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'flexibility', 'Flexibility', TRUE, FALSE, NULL, 60, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'relationships', 'Relationships', TRUE, FALSE, NULL, 70, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'roles-responsibilities', 'Roles and responsibilities', TRUE, FALSE, NULL, 80, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'commitment', 'Commitment', TRUE, FALSE, NULL, 90, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('core-component', 'resources', 'Resources', TRUE, FALSE, NULL, 100, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');


INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('stage', 'forming', 'Forming', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('stage', 'developing', 'Developing', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('stage', 'sustaining', 'Sustaining', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('stage', 'renewing', 'Renewing', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('stage', 'closed', 'Closed', TRUE, FALSE, NULL, 50, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');


INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('evidence-strength', 'high', 'High', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('evidence-strength', 'medium', 'Medium', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('evidence-strength', 'low', 'Low', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');


INSERT INTO vocabulary_term (vocabulary, code, label, built_in, retired, successor_code, sort_order, version, created_at, updated_at) VALUES
    ('evidence-type', 'evaluation', 'Evaluation', TRUE, FALSE, NULL, 10, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('evidence-type', 'research-study', 'Research study', TRUE, FALSE, NULL, 20, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('evidence-type', 'descriptive-account', 'Descriptive account', TRUE, FALSE, NULL, 30, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00'),
    ('evidence-type', 'practitioner-perceptions', 'Practitioner perceptions', TRUE, FALSE, NULL, 40, 0, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00');

