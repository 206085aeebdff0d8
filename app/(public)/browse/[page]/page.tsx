import { ListingPage, listingMetadata } from '../_components/listing-page.tsx';

/*
 * The home page (`/` and `/?page=N` are rewritten here, see next.config.ts). Rendered once, kept until
 * the next publish or unpublish (or five minutes), and the same for every reader.
 */
export const dynamic = 'force-static';
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<'/browse/[page]'>) {
  return listingMetadata(await params);
}

export default async function HomePage({ params }: PageProps<'/browse/[page]'>) {
  return <ListingPage params={await params} />;
}
