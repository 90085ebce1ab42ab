package org.thirdspace.demo;

import java.util.List;

import org.thirdspace.forum.CategoryVisibility;
import org.thirdspace.forum.TopicKind;

/**
 * Original texts the demo forums are assembled from: the categories, per theme (a category or a
 * kind of group forum) the topics people start and the replies they write, shared pieces that
 * make replies read differently (openers, closers, follow-ups, thanks), and the long threads.
 * Placeholders in braces are filled per post ({@link DemoForum}): {home} (the writer's
 * institution), {town}, {university}, {school}, {subject}, {phase}, {month}, {n}, {m}, {group},
 * {mention} (an {@code @[Name](person:id)} token), {asker} (the topic author's first name).
 */
final class DemoForumTexts {

    private DemoForumTexts() {
    }

    /** A site-wide category and the theme its topics come from; {@code share}: of the category topics, in percent. */
    record CategorySpec(String slug, String name, String description, CategoryVisibility visibility, boolean archived,
            String theme, int share) {
    }

    /**
     * A topic someone starts: its title, what the opening post asks or puts forward, its tags, and
     * replies that answer it.
     */
    record Prompt(TopicKind kind, String title, String body, List<String> tags, List<String> replies) {
    }

    /**
     * What the topics of one category or kind of group forum are about: subjects for {subject},
     * the prompts, sentences that open a topic, and replies that fit any topic of the theme.
     */
    record Theme(String key, List<String> subjects, List<Prompt> prompts, List<String> contexts, List<String> replies) {
    }

    /** A thread that grows long: where, what it starts with, and how many replies (from, to). */
    record LongThread(String where, TopicKind kind, String title, String body, List<String> tags, String replyStyle,
            int minReplies, int maxReplies) {
    }

    static Prompt q(String title, String body, List<String> tags, String... replies) {
        return new Prompt(TopicKind.QUESTION, title, body, tags, List.of(replies));
    }

    static Prompt d(String title, String body, List<String> tags, String... replies) {
        return new Prompt(TopicKind.DISCUSSION, title, body, tags, List.of(replies));
    }

    static final List<CategorySpec> CATEGORIES = List.of(
        new CategorySpec("getting-started", "Getting started and introductions",
            "New here? Say hello, tell us what you work on, and ask how to find partners, groups and people on ThirdSpace.",
            CategoryVisibility.PUBLIC, false, "getting-started", 10),
        new CategorySpec("mentoring-ite", "Mentoring and ITE placements",
            "Mentoring trainee and early-career teachers, placement calendars, joint assessment, link tutor visits and mentor development.",
            CategoryVisibility.PUBLIC, false, "mentoring", 19),
        new CategorySpec("research-engaged-schools", "Research-engaged schools",
            "Practitioner enquiry, lesson study, journal clubs, research leads and academic critical friends.",
            CategoryVisibility.PUBLIC, false, "research", 13),
        new CategorySpec("widening-participation", "Widening participation and outreach",
            "Campus visits, sustained programmes for first-generation pupils, student ambassadors, STEM clubs and outreach that schools actually want.",
            CategoryVisibility.PUBLIC, false, "outreach", 14),
        new CategorySpec("subject-networks", "Subject networks",
            "Subject knowledge, enrichment and practical ideas between school departments and university subject specialists.",
            CategoryVisibility.PUBLIC, false, "subjects", 13),
        new CategorySpec("evaluation-evidence", "Evaluation and evidence",
            "Planning evaluations, surveys, consent and ethics, what counts as evidence, and writing up what happened.",
            CategoryVisibility.MEMBERS, false, "evaluation", 11),
        new CategorySpec("funding-sustainability", "Funding and sustainability",
            "Bids, budgets, workload recognition and keeping partnerships going when the funding or the key person goes.",
            CategoryVisibility.MEMBERS, false, "funding", 10),
        new CategorySpec("partnership-brokering", "Partnership brokering",
            "For brokers, link tutors, hub leads and anyone whose job is to connect people across schools, trusts and universities.",
            CategoryVisibility.MEMBERS, false, "brokering", 10),
        new CategorySpec("conference-archive", "Partnership conference (archive)",
            "Questions and follow-ups from last year's regional partnership conference. Kept for reference; closed to new topics.",
            CategoryVisibility.PUBLIC, true, "conference", 0));

    /** Subjects for {subject} when a theme has none of its own. */
    static final List<String> ANY_SUBJECT = List.of("maths", "English", "science", "history", "geography",
            "computing", "music", "art", "RE", "PE", "design and technology", "French", "Spanish");
    static final List<String> PHASES = List.of("primary", "secondary", "early years", "sixth form", "special school");
    static final List<String> MONTHS = List.of("September", "October", "November", "January", "February", "March",
            "April", "May", "June");

    static final List<Theme> THEMES = List.of(
        new Theme("getting-started", ANY_SUBJECT,
            List.of(
                q("How do I find a link tutor for my school?",
                    "We used to have a named tutor from {university} but she retired and nobody replaced her. Is there a way to search for the person who now covers schools in {town}?",
                    List.of("getting-started", "finding-partners"),
                    "Start with the people search and filter by role and region: link tutors usually say in their profile which schools they cover. If nobody shows up, ask in the category for your activity; someone always knows who took over.",
                    "Look at the partnership group your school was in, if there was one: her seat should show as vacant, and the group's facilitators will know who is covering it now.",
                    "Ring the partnership office at the university rather than the school of education's main number. They keep the allocation of tutors to schools and it changes every September."),
                q("New to partnership work: where do I start?",
                    "I've just been given 'university partnerships' as part of my role and I don't know what already exists. What would you do in your first month?",
                    List.of("getting-started", "partnership-basics"),
                    "In my first month I simply listed every contact the school already had: placements, outreach visits, the odd research project. Most of it lived in one person's inbox. Writing it down as a group on here meant it stopped depending on that one person.",
                    "Talk to the people who already do it before you change anything: the ITE coordinator, whoever books the outreach visits, the staff doing master's degrees. You'll find more partnership work than anyone thinks.",
                    "Pick one thing that's working and make it visible to the senior team. It buys you the time to sort out the rest."),
                q("What is the difference between a network and a partnership here?",
                    "I want to set up a group for the schools in our trust and the two universities we work with. Should that be a partnership or a network?",
                    List.of("getting-started", "groups"),
                    "A partnership is owned by at least two institutions that commit to something together; a network is looser, a place for people who want to share. If your schools and the universities will sign an agreement, make it a partnership and add the network later if you need one.",
                    "Our trust set it up as one partnership per university plus a network for everyone. It has kept the conversations with each university focused without losing the bigger picture."),
                q("Is there a glossary for all the acronyms?",
                    "ITE, ITT, ECF, ECT, SCITT, WP, NPQ, CPD... I keep nodding along in meetings. Is there a list somewhere that explains them in plain English?",
                    List.of("getting-started", "glossary"),
                    "The glossary under the help menu covers most of them, and the moderators add new ones when people ask. ECT is an early-career teacher (first two years), ECF the framework for their induction, SCITT a school-centred training provider.",
                    "You're not alone: I've worked in a university for eight years and still had to look up half of our own programme names. Ask in meetings; someone else will be grateful."),
                q("Can a group forum be private?",
                    "Our steering group discusses staffing and budgets. Can we keep the forum of our group to members only, and who decides?",
                    List.of("getting-started", "groups", "privacy"),
                    "Yes: a private group's forum is only visible to its members, and the facilitators decide who joins. Members-only groups are visible to anyone signed in.",
                    "Think about who needs to read it in three years' time before you lock it down. We made ours private and then had to add every new link teacher by hand."),
                q("How do I hand over my seat when I leave?",
                    "I'm moving to a new school at Easter. What should I do on here so that my replacement picks up our partnership contacts?",
                    List.of("getting-started", "handover"),
                    "Write the handover note before you go, even a rough one: live agreements, who to call at the university, what happens when in the year. Then nominate a successor so they get the introductions. The seat keeps the history when you leave.",
                    "Introduce your successor to the two or three most important contacts in person, or at least on a call. The note is essential, but relationships don't transfer by document."),
                q("Best way to find a partner school in {town}?",
                    "{home} would like to host some of our trainees or pupils in another school nearby, ideally one with a different intake. How have others found their first partner?",
                    List.of("getting-started", "finding-partners"),
                    "Ask in the group forum of the regional network first. Schools that already host trainees are often the quickest to say yes, and the network facilitator usually knows who has capacity this year.",
                    "What worked for us was a short, specific ask: one afternoon a half term, these year groups, this outcome. Vague 'let's partner' emails went nowhere."),
                d("What made you join ThirdSpace?",
                    "Curious what brought people here. For me it was realising that three teams at our university were all emailing the same head teacher about different things.",
                    List.of("getting-started", "introductions"),
                    "Our link tutor left and we lost every contact she had. I never want that to happen again.",
                    "A colleague showed me a case study on here that was almost exactly the project we were about to design from scratch. Saved us a term.",
                    "I'm a broker; this is the first place where I can see who is actually working with whom."),
                d("Tips for writing a good profile",
                    "Profiles that say what you can offer and what you are looking for get far more messages than job titles alone. What do you put in yours?",
                    List.of("getting-started", "profiles"),
                    "Add your subject and phase and tick 'open to partnerships'. I found two schools that way within a week, both asking for exactly what we offer.",
                    "I list the three things I can help with and the one thing I'm looking for this year, and update it every September.",
                    "Mention your former roles too. People have found me because I used to work at a school they know."),
                q("Who should I contact about a STEM club for Year 5?",
                    "Our Year 5 team would love some help from real scientists. Do I post here, in a category, or look for a group?",
                    List.of("getting-started", "stem", "finding-partners"),
                    "Welcome! The categories are site-wide; group forums are for the people in a group. For this I'd post in the widening participation and outreach category: the STEM ambassadors and university outreach teams read it.",
                    "Look for a STEM partnerships network in your region too. Ours publishes a calendar of what universities offer to primary schools.")),
            List.of(
                "I'm fairly new to ThirdSpace and to this side of my job.",
                "Quick one from {home} in {town}.",
                "I've been lurking for a few weeks and finally have a question.",
                "Apologies if this has been asked before; I searched but didn't find it.",
                "I look after partnerships for {home} alongside a full teaching timetable."),
            List.of(
                "I'd look at the case studies first: several describe exactly this, with contacts you can message. Then come back here with what you found and people will fill in the gaps.",
                "Search the forums too: this comes up every September and the older threads have good answers.",
                "The moderators are very helpful if you're not sure where something goes; just ask.")),
        new Theme("mentoring", ANY_SUBJECT,
            List.of(
                q("How often do your mentors meet trainees formally?",
                    "Our university asks for a weekly meeting of an hour. In practice our {subject} mentors manage thirty minutes on a good week. What is realistic, and what do you protect?",
                    List.of("mentoring", "workload", "placements"),
                    "We protect one forty-minute slot a week on the timetable and treat it like a lesson: it only moves if the trainee is ill. Everything else is informal. The slot has a fixed order: last week's target, one lesson looked at closely, next week's target.",
                    "Thirty focused minutes beats an hour of drifting. We gave mentors a one-page agenda and the meetings got shorter and better.",
                    "Honestly, we haven't solved it. What helps a bit: trainees observe each other, so the mentor's observation can be shorter, and the paperwork is one page instead of four."),
                q("Paired placements: one class or two?",
                    "We are trying paired placements for the first time next term. Do you put both trainees in the same class, or in parallel classes with shared planning?",
                    List.of("placements", "paired-placements"),
                    "Same class worked better for us in the first placement: they co-plan, one teaches while the other observes a focus we agreed, then they swap. In the second placement we split them so each has to stand on their own.",
                    "Parallel classes in the same year group. They plan together on Mondays and compare how the same lesson went on Fridays. It worked because the year group leader was keen.",
                    "Whatever you choose, pair trainees with different strengths. Two anxious planners together made each other worse."),
                q("What goes in a good weekly target?",
                    "Our trainees' targets read like the Teachers' Standards copied out. How do you get mentors to set small, specific targets that change practice by next week?",
                    List.of("mentoring", "targets"),
                    "We ask mentors for one target a week, written as something the mentor could see in a lesson: 'use a mini-whiteboard check before moving on', not 'improve assessment'. Then the next observation looks for exactly that.",
                    "We show mentors examples of good and weak targets at the briefing. Seeing 'improve behaviour management' next to 'give the instruction, then wait for silence before the next one' did more than any guidance note.",
                    "Let the trainee draft the target and the mentor sharpen it. Trainees remember targets they wrote."),
                q("A trainee is struggling halfway through placement: what did you do?",
                    "One of our {phase} trainees is behind on planning and very anxious. The link tutor visit is in a fortnight. What support plans have worked for you?",
                    List.of("mentoring", "cause-for-concern", "wellbeing"),
                    "We put a short support plan in place straight away, with the trainee, not to them: two targets, what the mentor will do, what the tutor will do, a date to review. Telling the link tutor early made all the difference; they could come in the same week.",
                    "Reduce the load for a fortnight: fewer lessons, planned jointly, so the trainee can get one thing right. Anxiety feeds on being behind everywhere at once.",
                    "Check what's happening outside school too. Ours turned out to be working three evenings a week to pay rent. The university had a hardship fund we didn't know about."),
                q("Joint observations with the link tutor: how do you run them?",
                    "{university} has offered joint observations instead of separate visits. How do mentor and tutor agree a judgement without the trainee feeling ambushed?",
                    List.of("placements", "observation", "link-tutors"),
                    "Mentor and tutor watch the same twenty minutes, talk for ten minutes without the trainee, then meet the trainee together and lead with one strength and one target. We write one note between us rather than two.",
                    "Tell the trainee what you'll both be looking at before the lesson. No surprises means no ambush.",
                    "The first joint observation is also a chance to calibrate: we found our mentors were harsher than the tutor, which surprised everyone."),
                q("Mentor training: in school or at the university?",
                    "Our mentors keep missing the briefings at {university} because of cover. Has anyone moved mentor training into schools, and did the quality hold up?",
                    List.of("mentoring", "mentor-development", "cpd"),
                    "We moved the mentor briefings to twilight sessions in a partnership school and the university tutor comes to us. Attendance went from about half to nearly everyone. The content is the same; the travel was the problem.",
                    "We do both: a short online session for the updates, and one face-to-face day a year where mentors practise feedback on video clips. The practice is the part people value.",
                    "Quality held up, and we gained something: mentors from different schools in one room compare notes. That never happened at the university."),
                q("Placement dates that clash with mocks",
                    "The spring placement lands on our Year 11 mocks again. How have you negotiated placement calendars with your provider?",
                    List.of("placements", "calendar"),
                    "We now send our school calendar to {university} in June and mark the weeks that are impossible. They have been very reasonable once they could see it early. Before that they set dates in April and we found out in September.",
                    "Our partnership agreed a shared calendar at the steering group: three windows per year, chosen together. It took one meeting and saved endless emails.",
                    "Mocks can be useful for trainees, to be fair: invigilation, marking, moderation. We use the week for that rather than teaching."),
                q("Mentoring ECTs and trainees at the same time",
                    "Several of our mentors now support an ECT and a trainee. How do you stop them burning out?",
                    List.of("mentoring", "ect", "workload"),
                    "Our rule is no more than one mentee per mentor unless the mentor has a reduced timetable. It means asking more colleagues to mentor, which has actually been good for the department.",
                    "We pair the ECT and the trainee for some things: the ECT runs a planning session for the trainee once a fortnight. It's good for both and saves the mentor an hour.",
                    "Watch for it in the spring term. That's when our double mentors hit the wall."),
                d("What makes a great link tutor visit?",
                    "I've had visits that changed how I mentor and visits that were a box-ticking exercise. What does the good version look like from your side?",
                    List.of("link-tutors", "placements"),
                    "The best visits I've had were the ones where the tutor asked the mentor what they were working on too. It felt like a conversation between colleagues rather than an inspection of both of us.",
                    "From the tutor side: a visit works when the school has told me beforehand what it wants from it. Otherwise I'm guessing.",
                    "Short, regular and predictable. One hour every half term is better than a long visit when something has gone wrong."),
                d("Is 'instructional coaching' changing how you mentor?",
                    "Our trust has gone big on instructional coaching for ECTs. Some of it is helping our trainee mentoring too, some of it feels mechanical. Where are people landing?",
                    List.of("mentoring", "coaching", "ect"),
                    "We use the coaching cycle for the practical moves, but keep a weekly conversation about the 'why' so it doesn't become a checklist. Trainees need to understand the reasons, not just the steps.",
                    "It helped our weakest mentors most: it gave them a structure. Our strongest mentors found it constraining.",
                    "Deliberate practice is the bit worth keeping. Rehearsing the first two minutes of a lesson in an empty room changed one of our trainees completely."),
                d("Recognising mentors' time",
                    "Mentoring is still mostly done in goodwill time here. What recognition do your schools give: timetable, pay, accreditation, something else?",
                    List.of("mentoring", "workload", "recognition"),
                    "Our schools give mentors a period a fortnight and the university funds a small payment per placement. It isn't much, but mentors say the message matters: the work is seen.",
                    "Accreditation worked for some of ours: the university gives master's credits for a mentoring portfolio. Not everyone wants that, but the ones who did stayed mentors.",
                    "We put mentoring in the appraisal and the career path. It stopped being 'extra' the day it counted for promotion."),
                d("Trainees teaching {subject} outside their specialism",
                    "In small departments trainees end up teaching some {subject} outside their subject. Good experience or a risk?",
                    List.of("placements", "subject-knowledge"),
                    "We treat teaching outside the specialism as a planned part of the second placement, with a subject mentor from the other department for those lessons. Unplanned, it just becomes cover.",
                    "Good experience, if it's a small part. Most of them will teach outside their subject in their first job anyway.")),
            List.of(
                "I coordinate ITE at {home} in {town}.",
                "We host about {n} trainees a year across two placements.",
                "I'm a {subject} mentor at {home} and this is my third year mentoring.",
                "Link tutor at {university} here, asking on behalf of a few of our schools.",
                "Our partnership with {university} has grown quickly and the mentoring hasn't kept up."),
            List.of(
                "I'd add: tell trainees what the mentor meeting is for before the first one. Ours used to arrive expecting to be told how they were doing and nothing else.",
                "It depends so much on the mentor. We now match mentors to trainees rather than allocating by timetable, and it shows.",
                "Ask the trainees too. Our end-of-placement survey changed more of our practice than any guidance from the university.",
                "Whatever you decide, write it down in the partnership handbook so it survives the next change of ITE coordinator.")),
        new Theme("research", ANY_SUBJECT,
            List.of(
                q("How do you choose an enquiry question with teachers?",
                    "Our first round of teacher enquiries produced questions that were either far too big or already answered. How do you help teachers land on something worth a term's work?",
                    List.of("research", "practitioner-enquiry"),
                    "We use three questions: would the answer change what you do on Monday, can you see it in your own classroom in a term, and does it already have a good answer in the literature? If it fails the third, the enquiry becomes 'how do we apply this here', which is often the better project anyway.",
                    "Keep the first cycle tiny. We tried to cover the whole of fractions and learned very little. The second time we looked at one task and three pupils, and it changed how the department teaches it.",
                    "Start from a puzzle in their own teaching, not from a topic. 'Why do my Year 8s stop talking when I give them a role?' beats 'oracy'."),
                q("Journal club: which papers worked for a first session?",
                    "We're starting a journal club at {home} after school once a half term. Which readings got staff talking, and how long were they?",
                    List.of("research", "journal-club", "cpd"),
                    "Short ones work best: eight to twelve pages, read beforehand, with one question to bring. Our first session used a paper on retrieval practice and the conversation ran over because everyone had tried something like it.",
                    "Choose something people can disagree with. A paper everyone nods along to makes for a very quiet hour.",
                    "We share unfinished work in the journal club too. Hearing colleagues pick apart a half-done enquiry is a good antidote to slides with effect sizes."),
                q("Ethics approval for a school-led enquiry?",
                    "A teacher wants to interview pupils about homework. Do we need university ethics approval if it's our own enquiry, or is the school's process enough?",
                    List.of("research", "ethics", "safeguarding"),
                    "Our university partner was clear: if it is for the school's own improvement and nothing is published, the school's process applies. As soon as a teacher wants to publish or it counts towards a degree, it goes through university ethics. Consent letters to parents either way.",
                    "Even without formal approval, use the university's checklist. It made our teacher think about who would see the interview notes, which she hadn't."),
                q("Lesson study in a small primary: can it work?",
                    "We have one class per year group. Every lesson study guide assumes three teachers teaching the same lesson. Has anyone adapted it for a small school?",
                    List.of("lesson-study", "primary"),
                    "We paired up with the primary down the road: two teachers from each school plan one lesson together and teach it in both schools. The travel is a pain, but the discussion is better with people who don't share your habits.",
                    "Mixed-age works too: we plan one lesson for Years 3 and 4 and teach it in both classes. The comparison across ages was the most interesting part.",
                    "Video helps a small school a lot. One teacher teaches, the others watch the recording together after school."),
                q("Getting an academic critical friend without a budget",
                    "Our research lead would love someone from a university to read our enquiry plans. We can't pay. What do academics get out of this, and how do we ask?",
                    List.of("research", "critical-friend"),
                    "Ask for something small and specific: read one plan and give feedback within a month, and offer something back: access to classrooms for their students, a case they can teach with, co-authorship if it goes further. Most academics I know say yes to that.",
                    "Speaking as an academic: many of us have 'knowledge exchange' in our workload and struggle to find schools. A clear, small ask is a gift.",
                    "The academic partner helped most by asking awkward questions early, not by doing the analysis. I'd build that into the plan: a conversation at the start and one before write-up."),
                q("Where do teachers publish their enquiries?",
                    "Three of our teachers finished enquiries this year and want to share them beyond the staff room. Where have yours been published or presented?",
                    List.of("research", "dissemination"),
                    "Our teachers presented at a regional teach-meet and wrote two-page summaries for the partnership's case studies. One went on to a practitioner journal with help from her university tutor.",
                    "Subject association journals are very open to teacher enquiries, and their editors are kind to first-time authors.",
                    "Don't forget your own school: a ten-minute slot at INSET reaches more colleagues than most journals."),
                d("Research lead: a real job or a title?",
                    "I've been research lead at {home} for two years. Some weeks it is the best part of my job; some terms I don't get to it at all. How is the role set up in your schools?",
                    List.of("research", "research-lead", "workload"),
                    "It's a real job here: two hours a week on the timetable and a line in the school improvement plan. Without the line in the plan, the time disappeared in the first busy term.",
                    "Time is the whole answer in our school. When enquiry counted as part of the appraisal target, it happened; when it was extra, it didn't.",
                    "Find the other research leads nearby. Our network of six meets termly and it's what keeps me going."),
                d("'Evidence-informed' is becoming a slogan",
                    "Every INSET now has a slide of effect sizes. I worry we are using evidence to justify decisions already made. How do you keep the questioning part alive?",
                    List.of("research", "evidence"),
                    "We started asking 'what would make us stop doing this?' at the end of every evidence slide. It turned the INSET from a sales pitch into a discussion.",
                    "Bring in the original studies now and then, not only the summaries. Teachers are often surprised by how small or specific the samples were.",
                    "I share the worry. Evidence should be the start of a conversation about our pupils, not the end of one."),
                d("Pupils as co-researchers: worth the effort?",
                    "Our students-as-researchers group has produced some sharp findings about marking. It takes a lot of staff time. Is anyone else running this, and what did you stop doing to make room?",
                    List.of("students-as-researchers", "research"),
                    "We ran it with Year 9 and gave them a real question from the senior team. The findings landed because the head had asked for them. Without that commission it would have been a nice club.",
                    "We replaced the school council's termly survey with it, so it wasn't extra. The pupils' questions were much better than ours.",
                    "Worth it. Two of our student researchers presented at the university and it changed how they saw themselves."),
                q("A simple way to record lesson study cycles?",
                    "Our notes are on scraps of paper and in three people's notebooks. What template do you use for the research lesson plan and the post-lesson discussion?",
                    List.of("lesson-study", "templates"),
                    "One page per cycle: the question, the research lesson plan with predicted pupil responses, what we saw, what we'd change. We keep them in the group on here so the next team can read them.",
                    "We photograph the case pupils' work at three points in the lesson and put the photos straight into the notes. It makes the discussion concrete.")),
            List.of(
                "I lead research at {home} in {town}.",
                "Our partnership with {university} has a small research strand and I've been asked to grow it.",
                "We are a research-engaged school, or trying to be.",
                "I'm an academic at {university} working with a handful of schools on enquiry."),
            List.of(
                "Whatever you do, write down what you tried and what happened, even when it didn't work. The failures are the bit nobody publishes and everyone needs.",
                "Our university library gives partner schools access to journals. Worth asking if yours does.",
                "It helped us to agree what counts as 'done' at the start: a two-page summary and a ten-minute talk.")),
        new Theme("outreach", List.of("science", "engineering", "computing", "maths", "languages", "history", "medicine", "law"),
            List.of(
                q("Campus visits for Year 6: too early?",
                    "We've been offered a campus day at {university} for our Year 6 pupils. Some staff think it's too young to mean anything. What has your experience been?",
                    List.of("widening-participation", "campus-visits", "primary"),
                    "We take Year 6 every year and the point isn't the university, it's the idea that places like that are for them. The pupils remember the lecture theatre and the students who grew up round the corner.",
                    "Not too early, as long as it's practical. Ours spent the day in a lab and a library, not in talks.",
                    "Have you asked the pupils? Our school council redesigned our taster day and it's now much more popular, mostly because they cut the talks in half."),
                q("Sustained programme or one-off events?",
                    "Our budget covers either six one-off events across the year or one cohort of thirty pupils met every half term. Which has made the bigger difference for you?",
                    List.of("widening-participation", "evaluation"),
                    "The sustained cohort, without a doubt. One-off events are lovely days out; the cohort gets to know the ambassadors, and the ambassadors get to know the pupils.",
                    "We had the same debate. We do both: a small sustained cohort and one big open day for everyone. The open day feeds the cohort.",
                    "Our applications to university from the sustained cohort were well above the school average. The one-off events made no measurable difference, though pupils loved them."),
                q("Finding student ambassadors who reflect our pupils",
                    "Our pupils meet ambassadors who went to schools nothing like ours. How have you recruited student ambassadors from local and first-generation backgrounds?",
                    List.of("widening-participation", "ambassadors"),
                    "We advertise ambassador roles through the student union societies rather than the outreach office, pay them properly, and ask applicants which school they went to. It took two years to change the mix, but it has changed.",
                    "Ask your former pupils. Three of ours are now ambassadors and the current Year 10s hang on their every word."),
                q("STEM club ideas that work with {n} pupils and no lab",
                    "We are starting a STEM club after school in a primary with no lab and a tiny budget. What sessions have gone down well?",
                    List.of("stem", "stem-club", "primary"),
                    "Paper bridges, marble runs, a fizzy-drink rocket outside, growing cress under different lights, building a simple circuit with a lemon. None needs a lab. The best sessions had a question the pupils chose before they started.",
                    "Ask the nearest university for a loan box: ours lends microscopes and data loggers for half a term, with a student who knows how to use them."),
                q("How do you involve parents in outreach?",
                    "Our evaluation says parents' views matter more than anything we do with pupils, yet parents rarely come to our events. What has worked?",
                    List.of("widening-participation", "parents"),
                    "We stopped running separate parent evenings and turned up at events parents already go to: the Year 6 play, the Eid celebration, the sports day. Short conversations with a student ambassador did more than any presentation.",
                    "A short video from ambassadors, sent home on the school app, got more views than any letter we have ever sent."),
                q("Too many invitations: how do schools choose?",
                    "Three universities sent us offers for the same week in March. How do schools decide, and has anyone coordinated offers across universities?",
                    List.of("outreach", "coordination"),
                    "Our local network now publishes one shared calendar of offers for the year. Schools pick from it in July, universities can see the gaps, and nobody gets five invitations for the same week.",
                    "We choose by who will come back. A university that offers a follow-up visit wins over a one-off every time."),
                d("Outreach that teachers actually want",
                    "Too much outreach is designed by universities and delivered to schools. What does outreach designed with teachers look like in your partnership?",
                    List.of("outreach", "co-design"),
                    "Co-design for us means the teachers set the aim and the university brings what schools can't: labs, specialists, students. The Year 9 programme was planned with two heads of department and it's the only one schools ask us to repeat.",
                    "Start from the curriculum. Outreach that fits a unit the class is already teaching gets time; outreach that doesn't gets squeezed."),
                d("Tracking pupils after the programme ends",
                    "We know pupils enjoyed the summer school; we don't know what they did two years later. How are people tracking progression without breaking data rules?",
                    List.of("widening-participation", "tracking", "data-protection"),
                    "We ask pupils for consent to stay in touch at the start, use the national tracking service, and send a short survey at eighteen. Response rates are modest, but the tracking data on applications is solid.",
                    "Keep the data light: names and school only, deleted after three years unless pupils agree otherwise. Our data protection officer was much happier once we wrote that down."),
                q("Mentoring by undergraduates: what training do they need?",
                    "We are pairing undergraduates with Year 10 pupils for weekly study mentoring. What training and safeguarding checks have you put in place for the mentors?",
                    List.of("pupil-mentoring", "safeguarding"),
                    "Our mentors do a half-day of training: safeguarding with the school's lead, how to set study goals, what to do if a pupil tells you something worrying. They are DBS-checked and always meet in a visible space in school.",
                    "Give them a script for the first session. Undergraduates are nervous too, and a structure helps both sides."),
                d("Science capital: has it changed your outreach?",
                    "The science capital idea made us rethink our taster days. Has it changed what you do, or just the language in the bid?",
                    List.of("stem", "science-capital"),
                    "It changed what we do: fewer 'wow' demonstrations, more time helping pupils connect science to their families' jobs and hobbies. The evaluation showed pupils talked about science at home more afterwards.",
                    "Mostly the language, if I'm honest. The activities were already good; the idea helped us explain why.")),
            List.of(
                "I run outreach at {university}.",
                "I'm the careers and progression lead at {home} in {town}.",
                "We work with about {n} schools in the area, most with few pupils going on to university.",
                "{home} has a high proportion of pupils who would be first in their family to go to university."),
            List.of(
                "Whatever you choose, tell the school early what it needs from them: a room, a teacher, a letter home. Most of our cancelled sessions were about a missing letter, not a lack of interest.",
                "Keep the teachers in the room. Outreach that happens while the teacher marks at the back doesn't last beyond the day.",
                "Evaluate from the start, even lightly. It's the only way to keep funding when budgets get cut.")),
        new Theme("subjects", ANY_SUBJECT,
            List.of(
                q("Subject knowledge sessions for primary {subject}",
                    "Our primary colleagues are asking for help with {subject} subject knowledge, especially in upper Key Stage 2. Has a university department run sessions like this for you?",
                    List.of("subject-knowledge", "primary", "cpd"),
                    "Our university ran three twilight sessions for Year 5 and 6 teachers, each built around a unit they were about to teach. The trick was starting from the teachers' plans rather than from the university's lecture notes.",
                    "Ask the trainees' subject tutors: they teach exactly this to primary trainees and are often glad to run a session for serving teachers."),
                q("Borrowing equipment from a university department",
                    "We'd love to use data loggers and a decent microscope with Year 10 but can't buy them. Does anyone have an equipment loan scheme with a university?",
                    List.of("science", "equipment", "secondary"),
                    "The physics department lends a kit box for a half term at a time, booked through the partnership. It came with a trainee who knew how to use it, which mattered more than the kit.",
                    "Our local university's outreach team has a loan library. It's not well advertised; ask them directly."),
                q("Keeping languages going from Year 6 to Year 7",
                    "Pupils arrive at {home} having learned three different languages in three different primaries. How do you manage transition in languages?",
                    List.of("languages", "transition"),
                    "We agreed with our feeder primaries to report what pupils can do rather than which language they studied: phonics, a few structures, confidence speaking. Year 7 then starts with a short shared unit so everyone has a common base.",
                    "Student ambassadors from the university's language department visit our feeder primaries in the summer term. Pupils arrive having met a face they'll see again in September."),
                q("Undergraduates in {subject} lessons: what role works?",
                    "We host undergraduates in {subject} through an ambassador scheme. Sometimes they are brilliant, sometimes they stand at the back. What roles have you given them?",
                    List.of("subject-enrichment", "ambassadors"),
                    "Give them a small group and a defined job: running the practical with six pupils, or the extension task. Brief them for ten minutes before the lesson. Standing at the back happens when nobody told them what to do.",
                    "Ask them to talk about their own course for five minutes at the end. Pupils love it and it's the part the undergraduates are most confident about."),
                q("Fieldwork with a university geography department",
                    "Has anyone run A-level fieldwork jointly with a university department? We're after help with data collection and the independent investigation.",
                    List.of("geography", "fieldwork", "post-16"),
                    "We did: the department provided equipment and two postgraduates for the data collection day, and a lecturer ran a session on methods. Students' independent investigations were noticeably more ambitious.",
                    "Check the dates early. University fieldwork weeks fill up the same equipment you'd want."),
                d("What do school departments and university subject staff get wrong about each other?",
                    "After ten years on both sides: schools think universities have time, universities think schools have flexibility. What would you add?",
                    List.of("subject-networks", "partnership-basics"),
                    "Universities underestimate how fixed the school timetable is, and schools underestimate how much university staff would like to be asked into classrooms.",
                    "Schools think academics will talk down to them; academics are often terrified of a Year 9 class. Both are usually wrong.",
                    "We started with a half-day visit for the department to the university labs. Meeting each other in person first made everything else easier."),
                d("Computing: who teaches the teachers?",
                    "The computing curriculum moved faster than our training. Where are your primary teachers getting help with programming?",
                    List.of("computing", "cpd", "primary"),
                    "A local computing hub ran after-school sessions, and our university's computer science students ran a club alongside the teachers so they could learn together. It took the fear out of it.",
                    "Pair a confident teacher with a nervous one for a term. Our best computing teacher learned from a colleague, not a course."),
                q("A masterclass series for Year 12 {subject}",
                    "We'd like a termly masterclass for our Year 12 {subject} students, delivered by university staff. How did you set one up, and who pays for travel?",
                    List.of("post-16", "masterclasses", "subject-enrichment"),
                    "We fund travel from the partnership budget and the university provides speakers for free; they count it as outreach. Keep the sessions interactive: our students switched off in straight lectures.",
                    "Three schools share ours, so the university runs one session for sixty students instead of three for twenty. Much easier to get speakers."),
                d("History: using university archives with pupils",
                    "We took Year 8 to the university's special collections and they handled real letters from 1914. It was the best trip of the year. Anyone else doing archive work with schools?",
                    List.of("history", "archives", "subject-enrichment"),
                    "Yes, and the archivists were delighted: they'd never had so many questions about one box. We now send a trainee history teacher along to turn the visit into a scheme of work.",
                    "Our county record office does this too and will bring documents into school if you can't travel."),
                q("Maths mastery: working with a maths hub and a university",
                    "We're part of a maths hub work group and {university} has offered lesson study support. Has anyone combined both without doubling the meetings?",
                    List.of("maths", "mastery", "lesson-study"),
                    "We made the lesson study the hub work group's research lesson, so it's one set of meetings. The university tutor joined the planning and the post-lesson discussion. Worth asking the hub lead; ours was very open to it.",
                    "Be clear who owns what. We ended up with two sets of paperwork until the hub and the university agreed one template.")),
            List.of(
                "I'm head of {subject} at {home}.",
                "Subject tutor for {subject} at {university} here.",
                "I coordinate {subject} across a small group of primary schools near {town}.",
                "Our department at {home} has links with {university} but they've lapsed."),
            List.of(
                "Whatever you set up, find one named person on each side who owns it. Ours lapsed last time because the lecturer left and nobody noticed for a year.",
                "Ask the subject association too: ours has a regional network that already links school departments with university staff.",
                "Our trainees are often the bridge here: they know both the department and the university tutors.")),
        new Theme("evaluation", List.of("reading", "maths", "science", "attendance", "wellbeing", "mentoring"),
            List.of(
                q("Pre and post surveys: is that enough?",
                    "Our funder wants an evaluation of the pupil mentoring programme. We planned a survey before and after. Is that enough, or what else would you add?",
                    List.of("evaluation", "surveys"),
                    "Add a few interviews or a focus group, and decide before you start what change you'd expect to see. A survey before and after tells you something moved; the conversations tell you why, and that's what the next cohort needs.",
                    "If you can, look at attendance as well. It's already collected and it often moves before attainment does.",
                    "Use questions from an existing validated scale if one fits. It saves arguments about wording and lets you compare with others."),
                q("Consent for evaluation data from pupils",
                    "Do we need opt-in consent from parents for pupils to complete an anonymous survey as part of a programme evaluation? Our DPO and the university disagree.",
                    List.of("evaluation", "consent", "data-protection"),
                    "For an anonymous survey used only for evaluation, we worked on the basis of informed opt-out: a clear letter to parents, a real option to say no, and pupils told they can skip any question. Our DPO signed it off once the data handling was written down.",
                    "If the university wants to publish from it, their ethics committee will decide, and they usually want opt-in. Agree early whether publication is likely."),
                q("A comparison group without being unfair",
                    "We'd like to compare pupils in our {subject} programme with similar pupils who weren't. Staff are uneasy about 'denying' pupils the programme. How have you handled this?",
                    List.of("evaluation", "comparison-groups"),
                    "We used a waiting list: pupils who join next term are the comparison group this term, and everyone gets the programme within the year. Staff were comfortable with that.",
                    "We compared with the previous year's cohort instead. Weaker evidence, but nobody missed out, and we were honest about it in the report."),
                q("Theory of change: worth the workshop?",
                    "Our partnership has been told to write a theory of change. Has anyone found it useful beyond the funding bid?",
                    List.of("evaluation", "theory-of-change"),
                    "It was useful for us because it forced the school and the university to admit they wanted different things. We kept the diagram on one page and revisit it every summer.",
                    "Only when we used it to choose what to measure. As a poster on the wall it did nothing."),
                q("Measuring teacher confidence after CPD",
                    "We run {subject} CPD with {university} and everyone says it went well. How do you show it changed anything in classrooms?",
                    List.of("evaluation", "cpd", "impact"),
                    "We asked teachers to bring a piece of pupil work before and after the CPD and talk through what had changed. Slower than a survey, but much more convincing to the head.",
                    "A short follow-up observation six weeks later, focused only on the thing the CPD was about. Confidence surveys straight after a session measure the biscuits."),
                d("What counts as evidence in a case study?",
                    "Reviewers keep asking for 'stronger evidence' in our case study. We have teacher perceptions and some attainment data. What do you think makes evidence strong enough for practice?",
                    List.of("evidence", "case-studies"),
                    "Be clear about what kind of evidence it is. Teacher perceptions are evidence of perceptions; attainment data with no comparison is descriptive. Readers can handle that honesty, and it makes your claims more credible.",
                    "For practice, I'd value a clear description of what was done over a weak statistic. Other schools need to know what to copy."),
                d("Small numbers, big claims",
                    "Twelve pupils, one year, a rise in reading ages. We all write reports like this. How do we describe small-scale findings honestly without underselling the work?",
                    List.of("evaluation", "reporting"),
                    "We write 'in this group, this happened, and this is why we think so' and list what else might explain it. Small-scale work is valuable precisely because it is close to practice; it just needs to say what it isn't.",
                    "Report the numbers, not only the percentages. '8 of 12 pupils' is honest in a way '67%' isn't."),
                q("Interviewing pupils: who should do it?",
                    "If teachers interview their own pupils about a project, the answers are polite. Who does the interviews in your evaluations?",
                    List.of("evaluation", "interviews"),
                    "A trainee or a colleague from the partner school does ours. Pupils are much franker with someone who doesn't mark their books.",
                    "Pupil researchers interviewing other pupils worked well for us, with a bit of training."),
                d("Evaluation that the school can run without us",
                    "When our funded evaluator leaves, the evaluation stops. How do you design something the school can keep doing?",
                    List.of("evaluation", "sustainability"),
                    "Keep it to two or three measures the school already collects, and a short reflection at the end of each term. Our best-kept evaluation is a one-page template the steering group fills in every July.",
                    "Our university partner ran a short session on coding interview notes for the teachers. It made the analysis less of a mystery and much quicker.")),
            List.of(
                "I look after evaluation for a partnership between {home} and {university}.",
                "Our programme is in its second year and the funder wants more than anecdotes.",
                "Evaluation isn't my background; I'm a teacher who ended up owning the spreadsheet.",
                "I'm a researcher at {university} supporting a few school-led evaluations."),
            List.of(
                "Agree the questions with the people who will use the answers. Our first evaluation answered the funder's questions and nobody in school read it.",
                "I'd budget more time for writing up than you think. The analysis took a week; agreeing what we could honestly say took a month.",
                "Publish it as a case study here when you're done, even if the results are mixed. Those are the most useful ones to read.")),
        new Theme("funding", ANY_SUBJECT,
            List.of(
                q("Small grants for school-university projects?",
                    "We need about {money} to run a year of our {subject} project. Which funders have you had success with for school-university work?",
                    List.of("funding", "bids"),
                    "Local education trusts and the university's own community fund have been the most reliable for us: small sums, simple reports. The big national funders want scale we can't promise. Ask your university's development office; they know the local charitable trusts.",
                    "Learned societies often have small grants for exactly this, with short application forms. Worth checking your subject's."),
                q("Who holds the budget in a partnership?",
                    "Our partnership has a small pot from {university} and a contribution from each school. Who holds the money in yours, and how do you agree spending?",
                    List.of("funding", "governance"),
                    "The university holds it, because they have the finance systems, but spending is agreed by the steering group with the schools in the majority. Every item is minuted, and the schools see the balance each term.",
                    "The lead school holds ours. It works because the business manager is brilliant; I'm not sure it would survive her leaving."),
                q("Paying for supply cover so teachers can take part",
                    "Teachers can't come to the project meetings without cover. Has anyone got a university or funder to pay for supply time?",
                    List.of("funding", "workload", "cover"),
                    "We got the university to pay for two days of supply per teacher per year, as part of their outreach budget. It was easier to justify once we showed the pupils involved were from their target postcodes.",
                    "We moved meetings to the end of the school day and fed people well. Not the same as cover, but attendance doubled."),
                q("A partnership agreement template?",
                    "We're formalising a partnership between our trust and {university}. Does anyone have an agreement that covers roles, money and what happens if someone leaves?",
                    List.of("agreements", "governance", "mat"),
                    "Ours is four pages: purpose, who does what (by role, not by name), money, data, how we review it each year, and how either side can end it with a term's notice. The 'by role, not by name' part is the one that saved us when people left.",
                    "Add a data-sharing section now. We had to go back and write one when the evaluation started."),
                d("What happens when the funding ends?",
                    "Our three-year project ends in July. The work is good but nobody has budgeted for next year. What have you done when the money stopped?",
                    List.of("sustainability", "funding"),
                    "We kept the parts that cost nothing: the shared calendar, the mentor network, the joint planning. The expensive parts stopped. A year later, a smaller grant restarted one of them because we could show it had been missed.",
                    "Be careful with bids that pay for a post. When the post ends, the work ends. We now bid for time spread across existing staff."),
                d("Depending on one enthusiastic person",
                    "Our partnership is basically one deputy head and one lecturer who get on. If either leaves, it's over. How do you build in resilience?",
                    List.of("sustainability", "handover", "single-point-of-failure"),
                    "Two people on each side for everything, even if one is only copied in. And write the handover note now, while it's going well. Our group records on here have already survived one retirement.",
                    "Write down the yearly calendar of the partnership. It sounds trivial, but when people change, the calendar is what gets lost first."),
                q("Counting partnership work in workload models",
                    "At {university} partnership work with schools sits outside the workload model. Has anyone managed to get it recognised?",
                    List.of("workload", "recognition"),
                    "Our school of education now counts partnership work in the workload model at a fixed number of hours per school. It took a paper to the department committee with the numbers from two years of visits.",
                    "Link it to something the university already measures: recruitment to the PGCE, the knowledge exchange framework. That's what got ours noticed."),
                q("Trust-wide partnerships: one agreement or one per school?",
                    "Our MAT has {n} schools. Should the university partnership be one agreement with the trust, or one per school?",
                    List.of("mat", "trust", "agreements"),
                    "One agreement with the trust for the shared parts and a one-page schedule per school for what each actually does. Schools in a trust still have very different needs.",
                    "One per school, signed off by the trust. The head of each school has to own it or it won't happen there."),
                d("In-kind contributions: how do you value them?",
                    "Bids ask for match funding. Most of our contribution is staff time and rooms. How do you put a value on it without making numbers up?",
                    List.of("funding", "bids"),
                    "We use the standard cost of a supply day for teachers' time and the room hire rate the school charges the community. It's defensible and everyone can check it.",
                    "Keep a simple log during the project. Estimating in-kind time afterwards always comes out too low.")),
            List.of(
                "I'm a business manager at {home} and increasingly the person asked about partnership money.",
                "Our partnership between {home} and {university} is in its third year.",
                "I lead partnerships for a trust of schools around {town}.",
                "I manage school engagement at {university}."),
            List.of(
                "Show the head the numbers: how many trainees you recruited from the partnership, the supply costs you saved. Partnership work survived our budget round because it had a line in the recruitment plan.",
                "Whatever the model, minute the decisions about money. It protects everyone when people change.",
                "Ask the university's research office too: some of them have small funds for work with schools they don't advertise.")),
        new Theme("brokering", ANY_SUBJECT,
            List.of(
                q("How do you introduce two people who should work together?",
                    "I keep spotting a teacher at one school and an academic at {university} who are working on the same thing. What's the best way to introduce them so it actually leads somewhere?",
                    List.of("brokering", "introductions"),
                    "I send one email to both with a sentence on why I think they should talk, a specific first step (a thirty-minute call), and a date I'll check in. The check-in is what makes it happen; most introductions die for lack of a second nudge.",
                    "Ask each of them first, separately, whether they'd like the introduction. A cold double email can feel like an obligation."),
                q("Brokering across three universities in one region",
                    "Our schools get approaches from three universities with different offers. As a hub, how do we broker without becoming a gatekeeper?",
                    List.of("brokering", "coordination", "hubs"),
                    "We publish every offer on one calendar and let schools choose, so we're not choosing for them. The hub's job is to spot the gaps and the clashes, not to say yes or no on schools' behalf.",
                    "Get the three universities in a room once a year. They're usually relieved to find out what the others are doing."),
                q("How do you hand over a brokering role?",
                    "I'm going on maternity leave and most of what I know is in my head. What do I write down, and for whom?",
                    List.of("brokering", "handover"),
                    "Write for your replacement, not your manager: who the key people are and what they care about, the yearly calendar, what's promised to whom, and the two or three things that are fragile. Then introduce your cover to the most important contacts in person before you go.",
                    "Name the roles, not the people, in anything you write down. People move; roles stay."),
                q("Saying no to a partnership request",
                    "A university department wants to run a project in {n} of our schools and the schools are already stretched. How do you say not now without closing the door?",
                    List.of("brokering", "workload"),
                    "I offer a date instead of a no: 'not this term, but we could start in January with two schools'. Schools are much happier when someone says it for them.",
                    "Tell them what would make it a yes. Often a smaller version fits perfectly well."),
                d("Third-space professionals: who are we?",
                    "Link tutors, hub leads, partnership managers, school-based tutors: we all work between cultures and rarely appear on either organisation chart. What's your job title, and does it describe what you do?",
                    List.of("brokering", "third-space", "roles"),
                    "My title is 'partnership manager'. What I do is translate: what the school means by 'research', what the university means by 'impact'. The title hides most of that.",
                    "'School-based tutor'. Half my week is in a university, half in schools, and neither quite thinks I belong to them. I've come to like it."),
                d("Signs a partnership is about to fail",
                    "Looking back at partnerships that quietly stopped, I now see warning signs a term or two ahead. What are yours?",
                    List.of("brokering", "sustainability"),
                    "Meetings moved more than twice in a term, one side always sending apologies, and nobody new joining for a year. Each on its own is nothing; together they usually mean it's running on goodwill alone.",
                    "We hold a 'health check' once a year with each partnership: ten questions, thirty minutes. It catches problems while they're still small."),
                q("Keeping a contacts list that doesn't go stale",
                    "My contacts spreadsheet is out of date the week after I update it. How do you keep track of who is doing what in which school?",
                    List.of("brokering", "contacts"),
                    "I stopped keeping my own list. The groups and seats on here are the list: when someone leaves, the seat shows it, and I can see who the successor is.",
                    "Once a term I email each school a one-line question: 'is this still the right person for X?' Most reply within a day."),
                d("Matching schools to researchers: what works?",
                    "Researchers want 'a school' for their study; schools want help with something specific. How do you broker a match that's good for both?",
                    List.of("brokering", "research"),
                    "Start from the school's question and look for a researcher who's interested in it, not the other way round. The matches that lasted were the ones where the school had asked for something.",
                    "I ask researchers what they can give back before I approach any school. It filters out the studies that would only take."),
                q("Running a speed-networking event for schools and academics",
                    "We're planning a twilight event in {month} to connect schools and university staff. Has anyone run one? What format got people talking?",
                    List.of("brokering", "events"),
                    "Short rounds of six minutes with a question card on each table: 'What would you do with an extra day of help?' Then an open half hour. People asked for each other's details before the end.",
                    "Name badges with 'ask me about...' on them. Simple, and it broke the ice better than anything else we tried.")),
            List.of(
                "I broker partnerships for a teaching school hub around {town}.",
                "My role at {university} sits somewhere between the school of education and the schools.",
                "I'm a partnership manager; most of my job is knowing who to call.",
                "Brokering is about a third of my job at {home}."),
            List.of(
                "Share credit generously. The schools and the academics should be the ones presenting at the end, not the broker.",
                "I'd also tell both sides what not to expect. Unmet expectations end more partnerships than anything else.",
                "Keep notes of every introduction you make and what came of it. It's the only evidence of the value of brokering you'll ever have.")),
        new Theme("conference", ANY_SUBJECT,
            List.of(
                q("Slides from the mentoring workshop?",
                    "Does anyone have the slides from the mentoring workshop on the second afternoon? The link in the email doesn't work.",
                    List.of("events", "mentoring"),
                    "The organisers have put everything in the shared folder now; it's linked from the conference page.",
                    "I have them; I'll ask the presenter if I can share them here."),
                q("Is there a recording of the keynote?",
                    "I had to leave before the keynote on third-space roles. Was it recorded?",
                    List.of("events"),
                    "It wasn't recorded, but the speaker wrote a short summary for the newsletter."),
                d("What are you taking back from the conference?",
                    "One thing from each session you're going to try this term. Mine: a one-page handover note for every seat in our partnership.",
                    List.of("events", "handover"),
                    "Taking back: joint observations instead of separate visits. We're trying it next term.",
                    "The round tables were the best part for me: I met two schools we're now working with."),
                d("Feedback on the format",
                    "The organisers asked for feedback. I'd keep the round tables and shorten the panel. What about you?",
                    List.of("events"),
                    "I'd add more time between sessions; the best conversations were in the corridors.",
                    "A quieter room for people who want to talk properly would help.")),
            List.of("Thanks to everyone who organised it."),
            List.of("Thanks again to the organisers.")),
        new Theme("group-partnership", ANY_SUBJECT,
            List.of(
                d("Dates for the {month} placement",
                    "Here are the proposed dates for the {month} placement. Please reply by the end of next week if any of them clash with events at your school.",
                    List.of("placements", "calendar"),
                    "Those dates work for us, except the second week: it's our Year 6 residential. Could we start a week later?",
                    "Fine from our side. I've added them to the school calendar.",
                    "The last week clashes with our mocks. Trainees could help with invigilation that week instead of teaching, if that's acceptable to the university."),
                d("Steering group agenda for {month}",
                    "Draft agenda: review of the autumn placements, the mentor training plan, the budget for next year, any other business. Add items below.",
                    List.of("steering-group"),
                    "Could we add an item on the mentor payments? Two schools have asked when they will arrive.",
                    "I can't make the meeting but I've put our comments in the document. Apologies.",
                    "Could we move the meeting online this time? Half the group is on a trip that week."),
                q("Who is coming to the mentor training on {month} {n}?",
                    "We need numbers for the room and lunch. Could each school reply with how many mentors are coming?",
                    List.of("mentor-development"),
                    "Three mentors from us. One of them is new to mentoring this year, so the introduction session would be really useful.",
                    "Two from us, one vegetarian.",
                    "Just one this time, sorry: we have an inspection window open."),
                d("Notes from the last meeting",
                    "Notes are in the meetings log. Three actions: the calendar to {university} by the end of the month, a new link teacher for {school}, and a date for the review.",
                    List.of("steering-group", "actions"),
                    "Thanks for the notes. I've done my action: the calendar went to {university} on Friday.",
                    "Our new link teacher starts after half term; I'll update the seat then."),
                q("Can anyone host a trainee in {subject} this spring?",
                    "One of our {subject} placements has fallen through. Can any school in the partnership take a trainee from {month}?",
                    List.of("placements"),
                    "We can host one trainee in {subject} from {month}. The mentor would be our head of department; I'll send details.",
                    "Not this time, sorry: our {subject} department is two teachers down."),
                d("Review of the year: what should we keep?",
                    "Before the summer review: what worked this year, what should we stop, and what should we try? Short answers are fine.",
                    List.of("review", "self-review"),
                    "Keep: the joint observations and the shared calendar. Stop: the end-of-placement report, which nobody reads. Try: a trainee-led session at the mentor training.",
                    "Keep the termly steering group in person. The online ones were shorter but we decided less.",
                    "We'd like to host again next year, ideally with paired trainees."),
                q("Updated contact list for the partnership",
                    "A few people have changed roles since September. Can you check the seats for your school and tell me if anything is out of date?",
                    List.of("contacts", "handover"),
                    "Our seats are up to date except the link teacher: that's now our assistant head. I've changed it on the group page.",
                    "All correct for us."),
                d("Ideas for next year's joint project",
                    "We have a small amount of money left for a joint project next year. Suggestions welcome; we'll decide at the steering group.",
                    List.of("planning", "funding"),
                    "Could the joint project be the reading one? Our staff are still talking about last year's session.",
                    "A small enquiry on feedback across all our schools, with the university's help on the write-up?"),
                q("Safeguarding briefing for visiting tutors",
                    "Does each school do its own safeguarding briefing for tutors, or can we agree one for the whole partnership?",
                    List.of("safeguarding", "link-tutors"),
                    "One briefing for the whole partnership would be great, as long as each school adds its own site information on one page.",
                    "Our DSL is happy to write the shared version if others check it.")),
            List.of(""),
            List.of(
                "Just to say the trainees have settled in well here. The first joint observation is booked for next week.",
                "Thanks for organising this.",
                "Noted, thanks.")),
        new Theme("group-network", ANY_SUBJECT,
            List.of(
                d("Next network meeting: {month}",
                    "The next meeting is a twilight at {home}. The theme is sharing what each school is doing this year. Reply if you'd like a five-minute slot.",
                    List.of("events", "network"),
                    "We'd love a slot to talk about our mentor buddies scheme.",
                    "Can't make the twilight, but I'd love a copy of the slides afterwards.",
                    "Could we try a different venue next time? Parking at the university was a challenge."),
                q("Anyone running a {subject} event for pupils this term?",
                    "We'd like to avoid clashing. Please post your dates here.",
                    List.of("events", "coordination"),
                    "Our {subject} day is in {month}, the second week. Open to other schools, up to {n} pupils each.",
                    "Nothing from us this term; we're saving it for the summer."),
                d("Offers for schools this year",
                    "Here is the list of offers from partners for this year. Add yours in a reply and I'll update the calendar.",
                    List.of("offers", "coordination"),
                    "Thanks for pulling the list together: it's the first time we've seen everything in one place.",
                    "We'll add our summer school to the list: it's for Year 10 and free for schools in the network."),
                q("Looking for a partner school for a small research project",
                    "A colleague at {university} is looking for a school for a short project on {subject}. Two visits, an interview with a teacher. Anyone interested?",
                    List.of("research", "finding-partners"),
                    "We might be interested. Could you share more about what the teacher would need to do?",
                    "Happy to take part if it can wait until after the exams."),
                d("Welcome to our new members",
                    "A warm welcome to the colleagues who joined this term. Feel free to introduce yourselves here.",
                    List.of("introductions"),
                    "Hello everyone, I've just joined as link teacher at {home}. Looking forward to the next meeting.",
                    "Hi all, I work in outreach at {university} and I'm keen to meet schools in the network.")),
            List.of(""),
            List.of(
                "Great meeting yesterday. The idea of a shared calendar for offers came up again; can we make it happen this year?",
                "Thanks for keeping the network going.")),
        new Theme("group-community", ANY_SUBJECT,
            List.of(
                d("What are you working on this term?",
                    "A regular thread: one thing you're trying, one thing that's hard. Short replies welcome.",
                    List.of("practice"),
                    "Trying: one-page feedback notes co-written with the trainee. Hard: finding time to write them the same day.",
                    "Trying: a shared planning hour with the partner school. Hard: the bus timetable.",
                    "Trying: a reading group for our mentors. Hard: keeping it going after half term."),
                q("Reading suggestions for the next session?",
                    "We'd like a short reading for the next meeting. Suggestions please: practical, under twenty pages.",
                    List.of("reading", "journal-club"),
                    "I'd suggest a chapter on boundary crossing from the third-space literature; short and very readable.",
                    "Something on mentoring conversations, please: it's what most of us struggle with."),
                d("A hard conversation I handled badly",
                    "I'll start. I gave a trainee feedback on a lesson in front of the class teacher and it went badly. What would you have done?",
                    List.of("practice", "mentoring"),
                    "I'd have taken the conversation outside the room and started by asking the trainee how they thought it went.",
                    "Thank you for starting this. It's reassuring to know others find these conversations hard too."),
                d("Recording our practice for newcomers",
                    "Several people joined this year and asked where our shared practice is written down. Could we start a short guide together here?",
                    List.of("practice", "handover"),
                    "Happy to write the section on joint observations. I'll draft it before the next session.",
                    "Could we record the next session for people who can't make the evening slot?")),
            List.of(""),
            List.of(
                "This group is the reason I'm still doing this role. Thank you all.",
                "Lovely to read everyone's updates.")),
        new Theme("group-project", ANY_SUBJECT,
            List.of(
                d("Project plan and timeline",
                    "The plan is in the group's documents: baseline in {month}, two cycles, write-up in the summer. Comments before we start, please.",
                    List.of("planning"),
                    "The timeline looks right. Could we push the baseline back a week? It clashes with our assessment week.",
                    "Could we add a short survey of the teachers as well as the pupils?"),
                q("Consent letters: has everyone sent theirs?",
                    "We can't start the baseline until the consent letters are back. Could each school post how many have come back?",
                    List.of("consent", "evaluation"),
                    "Twenty-six back out of thirty. Chasing the rest this week.",
                    "All consent letters back from us."),
                d("First findings",
                    "Early days, but the first cycle suggests pupils talk more in small groups when they have a role card. Thoughts before we write it up?",
                    List.of("findings", "evaluation"),
                    "We saw the same thing with the role cards, especially with quieter pupils. The noise level went up, but productively.",
                    "Interesting. Were the groups mixed attainment? That might explain some of it."),
                d("Write-up: who does which section?",
                    "Proposal: schools write the context and activities, the university writes the method, we all write the lessons together.",
                    List.of("dissemination", "case-studies"),
                    "Happy to write the context section for our school.",
                    "I'll take the method section and send a draft round by the end of the month.")),
            List.of(""),
            List.of(
                "Thanks for keeping this moving.",
                "Sorry for the slow reply: report season.")),
        new Theme("group-buddies", ANY_SUBJECT,
            List.of(
                d("Notes from our call",
                    "Quick notes from today's call so we don't lose them: both trainees are on track, and we agreed to swap an observation next week.",
                    List.of("mentoring"),
                    "Thanks for writing these up. Next call same time in two weeks?",
                    "Swapping observations was really useful: I saw my own habits in your mentor meeting."),
                q("Advice on a tricky conversation",
                    "My trainee took feedback very personally this week. How would you handle the next meeting?",
                    List.of("mentoring", "wellbeing"),
                    "I'd start by asking what they took from it, then agree one thing to work on together. Keep it small.",
                    "I had the same last year. It helped to put feedback in writing afterwards, so it wasn't only the conversation."),
                d("Things that worked this half term",
                    "Writing these down for our end-of-year reflection.",
                    List.of("mentoring", "reflection"),
                    "Co-planning the first lesson of each week helped mine most.",
                    "Let's make sure we both get the mentor time back from the university this term.")),
            List.of(""),
            List.of(
                "Thanks, this helps.")));

    // ------------------------------------------------------------------ shared pieces

    /** Put before a reply now and then. */
    static final List<String> OPENERS = List.of(
        "Good question.", "We had exactly this last year.", "Short answer from {home}:", "For what it's worth:",
        "Interesting one.", "I'll share what we do, though it's far from perfect.", "Speaking from the university side:",
        "From a primary point of view:", "We went back and forth on this for ages.", "Two years in, here's where we landed.",
        "Agree with the above, and I'd add one thing.", "Slightly different take:");

    /** Put after a reply now and then. */
    static final List<String> CLOSERS = List.of(
        "Happy to share our template if it helps.", "Message me if you want the details.",
        "It isn't perfect, but it's better than what we had.", "Would be interested to hear how you get on.",
        "Our case study has more on this.", "Good luck!", "The partnership's group page has the documents.",
        "It took us a couple of attempts to get right.", "Others may well have better ideas.",
        "Happy to talk it through on a call.");

    /** Short replies that add little but make a thread feel alive: a lead, a core and a tail. */
    static final List<String> SHORT_LEADS = List.of(
        "", "", "", "Thanks {asker}.", "Great thread.", "Thanks for starting this.", "Useful, this.", "Ha, yes.");
    static final List<String> SHORT_REPLIES = List.of(
        "Following this one: same problem at {home}.", "This is really helpful, thank you.", "+1 to all of this.",
        "We're about to try the same thing. Will report back.", "Saving this thread for our next steering group.",
        "Really useful, thanks for sharing.", "Same here. Glad it's not just us.",
        "Thanks, sharing this with our mentors.", "Exactly our experience too.",
        "Bookmarked. We're looking at this in {month}.", "Very similar to what we found in {town}.",
        "Interesting to read the different approaches.", "Lots here I wish I'd known last year.",
        "Could someone post an example? It would help us a lot.");
    static final List<String> SHORT_TAILS = List.of(
        "", "", "", "", " We're in {town} if anyone wants to compare notes.", " I'll report back after {month}.",
        " Our {subject} team will be interested.", " Passing it on to colleagues at {home}.",
        " Happy to share how it goes.");

    /** The topic's author comes back after answers. */
    static final List<String> FOLLOW_UPS = List.of(
        "Thanks, that's really useful. Did you find the {subject} team took to it straight away?",
        "This is great. How did you get the senior team on board?",
        "Thank you all. Taking this to our next meeting.",
        "Really helpful. One follow-up: how long did it take before you saw a difference?",
        "Thanks. We tried something similar once and it fizzled out; I think we missed the check-in part.",
        "That makes sense. We'll try it with one department first.");

    /** The asker says which answer they went with. */
    static final List<String> ACCEPT_THANKS = List.of(
        "Marking this as the answer: we went with it and it's working so far. Thanks all.",
        "We tried this and it worked. Thanks everyone for the ideas.",
        "Update: we did exactly this and the first round went well. Thanks!",
        "This is what we ended up doing. Thank you.",
        "Accepted this one: it's the closest to what we can manage at {home}. Thanks for all the replies.",
        "Update for anyone who finds this later: we followed this advice in {month} and it made a real difference.",
        "Thanks all. We went with this, with a couple of tweaks for {subject}.",
        "This worked for us. The other ideas are going in the plan for next year.");

    /** Someone brings a third person in. */
    static final List<String> NUDGES = List.of(
        "{mention} might know: didn't your partnership do this last year?",
        "{mention} has done a lot of this; worth asking.",
        "Tagging {mention}, who ran something very similar at {their}.",
        "{mention}, is this the thing you presented at the network meeting?");

    /** The person brought in answers. */
    static final List<String> MENTIONED_OPENERS = List.of(
        "Thanks for the tag.", "Happy to help.", "Yes, that was us.", "Thanks for thinking of me.");

    /** What follows a quote. */
    static final List<String> AFTER_QUOTE = List.of(
        "This is the bit that matters most, I think.", "I'd gently disagree with this part.",
        "Yes, and I'd add: tell people early.", "Could you say more about how this worked in practice?",
        "This is what made the difference for us too.", "Agree, though it depends a lot on the school.");

    /** Edits: a sentence added later, with its reason. */
    static final List<String[]> ADDITIONS = List.of(
        new String[] {"Edit: to be clear, this was with one school, not the whole partnership.", "Clarified"},
        new String[] {"Edit: I should have said, this was our second year; the first year was much harder.", "Added context"},
        new String[] {"Edit: happy to share the documents we used; send me a message.", "Offered the documents"},
        new String[] {"Edit: our case study on this is now published.", "Added that the case study is out"});

    /** Edits that fix a slip: (misspelt, correct). */
    static final List<String[]> SLIPS = List.of(
        new String[] {"recieve", "receive"}, new String[] {"seperate", "separate"}, new String[] {"definately", "definitely"},
        new String[] {"accomodate", "accommodate"}, new String[] {"occured", "occurred"});

    /** Removed posts: (text, reason, removed by a moderator?). */
    static final List<String[]> REMOVALS = List.of(
        new String[] {"Happy to help, ring me on my mobile any evening: 07700 900{n}.",
            "Personal phone number removed: please use messages for contact details.", "moderator"},
        new String[] {"We offer a complete mentoring training package for schools at a special rate this term. Book now through our website.",
            "Advertising: commercial offers are not allowed in the forums.", "moderator"},
        new String[] {"Sorry, posted this in the wrong topic.", "Posted in the wrong topic.", "author"},
        new String[] {"Does anyone know the name of the head at that school? She was very difficult with us.",
            "Comments about named individuals removed.", "moderator"},
        new String[] {"Duplicate: my post went through twice.", "Duplicate post.", "author"});

    /** A moderator closes an answered or stale topic. */
    static final List<String> CLOSING_NOTES = List.of(
        "Closing this as answered. Start a new topic if you have a follow-up question.",
        "This thread has run its course; closing it. Thanks everyone.",
        "Closing: the event has happened and the details are out of date.");

    /** A moderator locks a heated topic. */
    static final String LOCK_NOTE = "Locking this for now. There's a lot of useful experience here, but the last few posts "
            + "were about named people rather than practice. Please read the forum guidelines before posting again.";

    /** The pinned guidelines (the moderator's topic in the first category). */
    static final String GUIDELINES_TITLE = "Forum guidelines: please read before posting";
    static final String GUIDELINES = """
            Welcome to the ThirdSpace forums. A few things that keep them useful for everyone:

            * **Write about practice, not people.** Share what you did and what happened; don't name or \
            criticise individuals, pupils or schools.
            * **No personal contact details** in posts. Use messages to swap phone numbers.
            * **Questions or discussions?** Choose *question* if you want an answer; mark the reply that helped \
            as the accepted answer so the next person finds it.
            * **Search first**: someone may well have asked already.
            * **Group forums** follow the group: a private group's forum is only for its members.

            Moderators may edit or remove posts that break these guidelines and will always say why.""";

    // ------------------------------------------------------------------ introductions

    static final List<String> INTRO_OPENERS = List.of(
        "Hello everyone!", "Hi all.", "Hello from {town}.", "Good to be here.", "Hi, long-time lurker, first post.",
        "Hello!");

    static final List<String> INTRO_ROLES_SCHOOL = List.of(
        "I teach at {home} and look after our trainee teachers.", "I'm a {subject} teacher at {home}.",
        "I'm on the senior team at {home} and have just taken on partnerships.",
        "I'm the research lead at {home}.", "I mentor trainees and ECTs at {home}.");
    static final List<String> INTRO_ROLES_UNIVERSITY = List.of(
        "I'm a link tutor at {home}.", "I lecture in education at {home}, mostly on the PGCE.",
        "I work in outreach at {home}.", "I'm a researcher at {home} looking for schools to work with.",
        "I run the school partnerships office at {home}.");
    static final List<String> INTRO_ROLES_OTHER = List.of(
        "I work for {home}, connecting schools with universities.", "I'm a partnership lead at {home}.",
        "I look after education programmes at {home}.");
    static final List<String> INTRO_INTERESTS = List.of(
        "Mostly interested in {interest}.", "My main interest is {interest}.",
        "I'd love to hear from anyone working on {interest}.", "This year I'm focusing on {interest}.");
    static final List<String> WELCOMES = List.of(
        "Welcome, {name}! Lovely to have you here.", "Welcome, {name}. We're not far from you; I'll send you a message.",
        "Welcome {name}! Do look at the regional network's group, it's very friendly.",
        "Hello {name}, welcome! Shout if you need a hand finding your way around.");

    static final List<String> INTRO_ASKS = List.of(
        "Looking for a partner school nearby.", "Happy to share what we've learned.",
        "Would love to join a network in the region.", "Keen to find a critical friend for our enquiry.",
        "Always happy to host visits.", "");

    // ------------------------------------------------------------------ pieces of the long threads

    static final List<String> MENTOR_HOURS = List.of(
        "Here ({phase}, {subject}): on paper {mins} minutes a week per trainee, in practice nearer {m}.",
        "At {home} ({phase}) mentors get one period a fortnight. Most weeks they spend about {m} minutes, much of it after school.",
        "We have {mins} minutes protected per trainee. It holds in the autumn and collapses in exam season.",
        "No protected time at all this year, after the budget cuts. Our mentors do it in PPA time, which isn't right.",
        "{mins} minutes a week, and the school pays a small supplement from the placement income. It helps with goodwill.",
        "In {subject} at {home} it's one lesson a week on the timetable. It's the first thing to go when cover is short.",
        "Our mentors get nothing formal, but the head lets them leave early on the meeting day. Small, but appreciated.",
        "Primary, two trainees: the mentor is the class teacher and gets half a day a fortnight. That works because the head protects it.");

    static final List<String> STEM_IDEAS = List.of(
        "Egg-drop challenge with a budget: each team buys materials with paper money. Teaches trade-offs beautifully.",
        "Build a water filter from sand, gravel and charcoal, then test cloudiness with a torch and a phone camera.",
        "Lemon batteries: how many lemons to light an LED? Pupils always want to try potatoes next.",
        "Paper helicopters: change one thing at a time and time the fall. A gentle first lesson in fair tests.",
        "Design a marble run that takes exactly ten seconds. Noisy, competitive, lots of maths.",
        "Extract DNA from strawberries with washing-up liquid and salt. The 'snot' moment never fails.",
        "Code a micro:bit step counter, then test it on the playground against the PE teacher's watch.",
        "Balloon rockets along a string: measure distance against how far the balloon was blown up.",
        "Bridge-building with spaghetti and marshmallows, tested with coins. Invite an engineering student to judge.",
        "Make a simple spectroscope from a cereal box and an old CD, then look at different lights around school.",
        "Grow cress under different coloured cellophane and measure it every day for a week.",
        "Build a wind turbine from card and a small motor; measure the voltage with a cheap multimeter.",
        "A crime-scene session with fingerprint dusting and chromatography of felt-tip pens.",
        "Rainfall and temperature logging on the school roof for a month, then graph it together.",
        "Invite a PhD student to bring one object from their research and let pupils guess what it's for.",
        "Design a package to keep an ice cube frozen for an hour. Test on the radiator!",
        "Catapults from lolly sticks and elastic bands: measure range and angle, then aim for a target.",
        "A bug hotel and a minibeast survey on the school field, with identification sheets from the university.",
        "Slime with different ratios of glue and borax substitute: which recipe is most stretchy, and how do you measure it?",
        "Sound: make string telephones and test which string and cup carry a whisper furthest.");

    static final List<String> JOURNAL_SUGGESTIONS = List.of(
        "This month's suggestion: a short paper on retrieval quizzes in Year 7 science. Fifteen pages, very practical.",
        "Next up: an article on how trainee teachers learn from observing each other. Our mentors found it eye-opening.",
        "Suggestion for {month}: a review of research on homework in primary schools. The discussion section is the best part.",
        "How about a piece on boundary-crossing roles between schools and universities? Very relevant to this community.",
        "For {month}: a small study on oral feedback in mathematics lessons, written by a teacher-researcher.",
        "I'd suggest a paper on what makes professional development stick. Short and readable.",
        "Next month: an article on pupils as co-researchers in secondary schools. Lots to argue about.",
        "A case study of a lesson study cycle in a small primary: practical and honest about what went wrong.");

    static final List<String> LOGISTICS = List.of(
        "Where should trainees park at {school}? The staff car park is full by 8.",
        "Trainees at {school} sign in at the main reception and collect a lanyard; visitors' badges won't do for the whole placement.",
        "Do trainees need their own log-in for the school system from day one? Ours waited a week last year.",
        "IT have set up accounts for all trainees this time. They'll get the details on the first morning.",
        "Reminder: placement handbooks are in the group documents, updated for this year.",
        "Could link tutors let schools know visit dates at least a week ahead, please? It makes cover much easier.",
        "Room change: the mentor training on {month} {n} is now in the library, not the hall.",
        "The trainee timetable template is in the documents. Please send completed ones to the ITE office by Friday.",
        "Bus 42 stops right outside {school}, for trainees without a car.",
        "First aid: trainees aren't expected to be first-aiders, but they need the school's procedures on day one.",
        "Is anyone else's trainee starting late because of the DBS check? Ours is still waiting.",
        "DBS: the university can give a letter confirming the check has been done, if the school asks.",
        "Thanks, passing this on to our trainees.",
        "Trainees at {school} can use the staff room and the PPA room; please don't book the library without asking.",
        "Half-term dates differ between our schools this year. The university's calendar follows the local authority's, so check yours.",
        "Could trainees bring their own laptops? Our visitor Wi-Fi blocks most of the university's sites.",
        "The university's placement office is the first call for absences, then the school's ITE coordinator.",
        "Lunch: trainees can buy school dinners at staff price at {school}. Bring cash or a card for the first week.",
        "Reminder that trainees' timetables shouldn't go above 60% in the first fortnight.",
        "Any chance of sharing the mentor briefing slides here for those who missed it?");

    static final List<String> CONTEXT_ENDINGS = List.of(
        "Any pointers welcome.", "Thanks in advance.", "Grateful for any experience, good or bad.",
        "I'd love to hear what has worked for you.", "");

    // ------------------------------------------------------------------ long threads

    static final List<LongThread> LONG_THREADS = List.of(
        new LongThread("getting-started", TopicKind.DISCUSSION, "Introduce yourself: who are you and what are you working on?",
            "Start here! Tell us who you are, where you work, and what you'd like to find on ThirdSpace. "
                + "Reading through this thread is also a good way to find people near you.",
            List.of("introductions", "getting-started"), "intro", 120, 150),
        new LongThread("mentoring-ite", TopicKind.DISCUSSION, "Mentor time: how many hours a week do you really get?",
            "Let's collect some real numbers. How much protected time do mentors in your school get per trainee, and "
                + "how much do they actually spend? Phase and subject help.",
            List.of("mentoring", "workload", "recognition"), "mentoring", 80, 100),
        new LongThread("widening-participation", TopicKind.DISCUSSION, "Ideas for STEM club sessions: one per reply",
            "Running a STEM club next year? Share one session that worked, one per reply, so this becomes a bank of ideas.",
            List.of("stem", "stem-club", "outreach"), "outreach", 64, 75),
        new LongThread("research-engaged-schools", TopicKind.DISCUSSION, "Journal club: a paper a month",
            "Each month someone suggests a short paper, and we discuss it here. Reply with your thoughts, questions "
                + "and what you'd try.", List.of("journal-club", "research"), "research", 64, 72),
        new LongThread("group", TopicKind.DISCUSSION, "Placements this year: the logistics thread",
            "One thread for all the practical questions about this year's placements: dates, rooms, passes, parking, "
                + "who to call. Please keep it here so we can all find it.", List.of("placements", "calendar"),
            "group-partnership", 24, 36));
}
