import { ListingPage, listingMetadata } from '../../browse/_components/listing-page.tsx';

/** Every published article with one front-matter tag; cached like the home page. */
export const dynamic = 'force-static';
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>) {
  return listingMetadata(await params);
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  return <ListingPage params={await params} />;
}
