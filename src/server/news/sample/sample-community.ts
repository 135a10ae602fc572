import { paragraphs, sampleUrl, type SampleArticle } from './sample-article';

/** Light news: the low end of the importance range. */
export const COMMUNITY_SAMPLES: SampleArticle[] = [
  {
    title: 'Developer conference lets attendees vote on a new mascot',
    url: sampleUrl('conference-mascot-vote'),
    source: 'Sample Community Notes',
    hoursAgo: 70,
    text: paragraphs(
      `Organisers of a developer conference in Lisbon have opened a vote on a new mascot, and the shortlist includes a
      cartoon owl, a friendly robot and a very tired coffee cup.`,
      `Attendees can vote on the event website until the end of the month. The winner will appear on stickers, badges
      and merchandise at next year's event, and the designer will receive free tickets.`,
      `The organisers said the old mascot, a green cube, had served for five years and that the community asked for a
      change. Early results show the coffee cup in the lead, which the organisers said probably says something about
      the schedule.`,
      `The conference runs for three days in the spring and expects about 4,000 attendees, with talks on tooling,
      testing and design. Tickets go on sale next month.`,
    ),
  },
  {
    title: 'Open-source wallet project publishes its redesigned documentation site',
    url: sampleUrl('wallet-project-new-docs'),
    source: 'Sample Community Notes',
    hoursAgo: 190,
    text: paragraphs(
      `An open-source wallet project published a redesigned documentation site this week, with new guides for people
      who want to contribute code or translations.`,
      `The site groups the guides by task, such as setting up a development environment, running the test suite and
      preparing a release. Each page now shows when it was last reviewed, and readers can suggest edits directly.`,
      `Maintainers said the old documentation had grown over several years and was hard to navigate. They asked for
      feedback on the new structure and said translations into Spanish, Portuguese and French were in progress.`,
      `The project holds a call for contributors every two weeks, and the maintainers said newcomers could pick up
      issues labelled for first-time contributors. Recordings of past calls are linked from the new site, along with
      a short glossary of the terms used in the code base.`,
    ),
  },
  {
    title: 'Community podcast celebrates its 200th episode with a listener trivia night',
    url: sampleUrl('podcast-200th-episode'),
    source: 'Sample Community Notes',
    hoursAgo: 310,
    text: paragraphs(
      `A community podcast about open-source software and digital money recorded its 200th episode this week, marking
      the milestone with a live trivia night for listeners.`,
      `The hosts, who started the show five years ago from a shared flat in Nairobi, invited past guests to ask
      questions, and the winning team received a set of stickers and a mug. About 300 listeners joined the stream.`,
      `The hosts said the show would keep its format of weekly interviews with developers and researchers, and that
      they plan to add episodes in Swahili next year.`,
      `Listeners can find the archive on the usual podcast platforms. The hosts thanked the volunteers who edit each
      episode and write the show notes, and asked for suggestions for guests in the coming season.`,
    ),
  },
];
