/** RSS feed per topic: /topics/<slug>/rss.xml (newest first; undated items carry no pubDate). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allArticles, allTopics, sortLatest } from '../../../components/data.ts';
import { SITE_NAME } from '../../../components/site.ts';

export async function getStaticPaths() {
  return (await allTopics()).map((t) => ({ params: { slug: t.id }, props: { topic: t } }));
}

export async function GET(context: APIContext) {
  const topic = (context.props as { topic: Awaited<ReturnType<typeof allTopics>>[number] }).topic;
  const articles = sortLatest((await allArticles()).filter((a) => a.data.topics.includes(topic.id)));
  return rss({
    title: `${topic.data.title} | ${SITE_NAME}`,
    description: topic.data.description,
    site: context.site ?? 'https://briefing.example',
    trailingSlash: true,
    customData: '<language>th</language>',
    items: articles.map((a) => ({
      title: a.data.title,
      link: `/articles/${a.id}/`,
      description: a.data.lead,
      ...(a.data.date ? { pubDate: new Date(`${a.data.date}T00:00:00Z`) } : {}),
      categories: a.data.topics,
    })),
  });
}
