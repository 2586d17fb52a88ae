import type { MaturityLevel } from '@onstream/common';

/** One credited person of a demo title; `character` only for cast. */
export interface DemoCredit {
  name: string;
  character?: string;
}

export interface DemoEpisode {
  slug: string;
  title: string;
  year: number;
  runtimeMinutes: number;
  overview: string;
}

/**
 * A film or series of the demo catalog. Facts are public record; every overview is our own words.
 * `license` is what makes the title shippable: public domain in the United States, or the Creative
 * Commons licence its studio published it under (attribution shown with the title).
 */
export interface DemoTitle {
  /** Stable key: the title's _id is derived from it, so re-imports update instead of duplicating. */
  slug: string;
  type: 'movie' | 'series';
  title: string;
  originalTitle?: string;
  year: number;
  runtimeMinutes: number | null;
  genres: string[];
  originalLanguage: string;
  countries: string[];
  overview: string;
  directors: string[];
  cast: DemoCredit[];
  keywords: string[];
  license: string;
  /** Our editors' assessment: the demo catalog carries no rating-board certifications. */
  maturityLevel: MaturityLevel;
  featured?: boolean;
  /** Season 1 of a series. */
  episodes?: DemoEpisode[];
}

const BLENDER = (version: string) => `CC BY ${version} · Blender Foundation / Blender Studio (studio.blender.org)`;
const US_PUBLIC_DOMAIN = 'Public domain in the United States';

/** The catalog a fresh install starts with (docs/demo-catalog.md lists it with its sources). */
export const DEMO_CATALOG: readonly DemoTitle[] = [
  {
    slug: 'onstream-test-card', type: 'movie', title: 'OnStream Test Card', year: 2026, runtimeMinutes: 1, genres: ['Documentary'], originalLanguage: 'en', countries: [],
    overview: 'Colour bars, a sweeping test pattern and a steady tone, rendered by ffmpeg on your own machine the first time OnStream starts. It travels the same road as any upload — chunked upload, transcode to an HLS ladder, ready — so there is something to press play on within minutes.',
    directors: [], cast: [], keywords: ['test pattern', 'demo'], license: 'CC0 1.0 · generated locally by OnStream', maturityLevel: 'all', featured: true,
  },
  {
    slug: 'elephants-dream', type: 'movie', title: 'Elephants Dream', year: 2006, runtimeMinutes: 11, genres: ['Animation', 'Science Fiction'], originalLanguage: 'en', countries: ['NL'],
    overview: 'An old man, Proog, leads the young Emo through an endless machine of cables, switches and sudden drops, insisting he knows what it all means. Emo starts to doubt that the world Proog describes exists at all. The first open movie made with Blender and released with all its production files.',
    directors: ['Bassam Kurdali'], cast: [{ name: 'Tygo Gernandt', character: 'Proog' }, { name: 'Cas Jansen', character: 'Emo' }], keywords: ['open movie', 'surreal', 'machine'], license: BLENDER('2.5'), maturityLevel: '7+',
  },
  {
    slug: 'big-buck-bunny', type: 'movie', title: 'Big Buck Bunny', year: 2008, runtimeMinutes: 10, genres: ['Animation', 'Comedy', 'Family'], originalLanguage: 'en', countries: ['NL'],
    overview: 'A large, gentle rabbit enjoys a spring morning until three small forest rodents decide to ruin it for him, one prank at a time. Patience runs out, and the bunny plans a revenge worthy of a cartoon. Blender\'s second open movie, and the video half the internet has used to test a player.',
    directors: ['Sacha Goedegebure'], cast: [], keywords: ['open movie', 'rabbit', 'revenge', 'forest'], license: BLENDER('3.0'), maturityLevel: 'all', featured: true,
  },
  {
    slug: 'sintel', type: 'movie', title: 'Sintel', year: 2010, runtimeMinutes: 15, genres: ['Animation', 'Fantasy', 'Adventure'], originalLanguage: 'en', countries: ['NL'],
    overview: 'Sintel nurses a wounded baby dragon back to health and names him Scales. When a grown dragon carries him off, she sets out across snowfields and markets to find him, and the long search changes her more than she knows.',
    directors: ['Colin Levy'], cast: [{ name: 'Halina Reijn', character: 'Sintel' }, { name: 'Thom Hoffman', character: 'Shaman' }], keywords: ['open movie', 'dragon', 'quest'], license: BLENDER('3.0'), maturityLevel: '13+', featured: true,
  },
  {
    slug: 'tears-of-steel', type: 'movie', title: 'Tears of Steel', year: 2012, runtimeMinutes: 12, genres: ['Science Fiction', 'Action'], originalLanguage: 'en', countries: ['NL'],
    overview: 'In a future Amsterdam overrun by robots, a band of scientists tries to replay the moment a young man broke up with the woman who would build the machines. Live action shot on a green screen and finished with Blender\'s visual-effects tools.',
    directors: ['Ian Hubert'], cast: [{ name: 'Derek de Lint' }, { name: 'Sergio Hasselbaink' }, { name: 'Rogier Schippers' }, { name: 'Vanja Rukavina' }], keywords: ['open movie', 'robots', 'visual effects', 'amsterdam'], license: BLENDER('3.0'), maturityLevel: '13+',
  },
  {
    slug: 'cosmos-laundromat', type: 'movie', title: 'Cosmos Laundromat: First Cycle', year: 2015, runtimeMinutes: 12, genres: ['Animation', 'Fantasy', 'Comedy'], originalLanguage: 'en', countries: ['NL'],
    overview: 'Franck, a gloomy sheep on a barren island, is about to give up when a salesman named Victor offers him a way out: a coat that sends him tumbling through one life after another.',
    directors: ['Mathieu Auvray'], cast: [], keywords: ['open movie', 'sheep', 'reincarnation'], license: BLENDER('4.0'), maturityLevel: '13+',
  },
  {
    slug: 'glass-half', type: 'movie', title: 'Glass Half', year: 2015, runtimeMinutes: 3, genres: ['Animation', 'Comedy'], originalLanguage: 'en', countries: ['NL'],
    overview: 'Two gallery visitors stand in front of the same piece of art and cannot agree on a single thing about it. A short comedy about taste, told in flat shading and quick timing.',
    directors: ['Beorn Leonard'], cast: [], keywords: ['open movie', 'art', 'argument'], license: BLENDER('4.0'), maturityLevel: 'all',
  },
  {
    slug: 'caminandes', type: 'series', title: 'Caminandes', year: 2013, runtimeMinutes: 3, genres: ['Animation', 'Comedy', 'Family'], originalLanguage: 'en', countries: ['AR', 'NL'],
    overview: 'Koro, a stubborn llama from Patagonia, keeps running into obstacles between him and what he wants — a road, a fence, a penguin — and keeps refusing to give up.',
    directors: ['Pablo Vazquez'], cast: [], keywords: ['open movie', 'llama', 'patagonia'], license: BLENDER('3.0 / 4.0'), maturityLevel: 'all',
    episodes: [
      { slug: 'caminandes-llama-drama', title: 'Llama Drama', year: 2013, runtimeMinutes: 2, overview: 'Koro wants to cross a road. The road has other ideas.' },
      { slug: 'caminandes-gran-dillama', title: 'Gran Dillama', year: 2013, runtimeMinutes: 3, overview: 'The grass is greener beyond an electric fence, and Koro is determined to reach it.' },
      { slug: 'caminandes-llamigos', title: 'Llamigos', year: 2016, runtimeMinutes: 3, overview: 'In winter, Koro competes with a penguin named Oti for the last berries on a bush.' },
    ],
  },
  {
    slug: 'agent-327-operation-barbershop', type: 'movie', title: 'Agent 327: Operation Barbershop', year: 2017, runtimeMinutes: 4, genres: ['Animation', 'Action', 'Comedy'], originalLanguage: 'en', countries: ['NL'],
    overview: 'Secret agent 327, hero of a long-running Dutch comic, tracks a lead to a barbershop that is much more than it seems and ends up in a brawl with its barber. A pitch for a feature film, made as an open project.',
    directors: ['Colin Levy', 'Hjalti Hjálmarsson'], cast: [], keywords: ['open movie', 'spy', 'comic adaptation'], license: BLENDER('4.0'), maturityLevel: '13+',
  },
  {
    slug: 'hero', type: 'movie', title: 'Hero', year: 2018, runtimeMinutes: 4, genres: ['Animation', 'Action'], originalLanguage: 'en', countries: ['ES'],
    overview: 'A young hero fights her way through a sword duel drawn stroke by stroke, showing off Blender\'s Grease Pencil, which lets artists draw 2D animation inside 3D space.',
    directors: ['Daniel M. Lara'], cast: [], keywords: ['open movie', 'grease pencil', '2d animation'], license: BLENDER('4.0'), maturityLevel: '7+',
  },
  {
    slug: 'spring', type: 'movie', title: 'Spring', year: 2019, runtimeMinutes: 8, genres: ['Animation', 'Fantasy'], originalLanguage: 'en', countries: ['NL'],
    overview: 'A shepherd girl and her dog face ancient spirits of the mountains in order to bring spring back to a frozen land. A wordless story about the cycle of life, told in painterly light.',
    directors: ['Andy Goralczyk'], cast: [], keywords: ['open movie', 'spirits', 'seasons'], license: BLENDER('4.0'), maturityLevel: '7+', featured: true,
  },
  {
    slug: 'coffee-run', type: 'movie', title: 'Coffee Run', year: 2020, runtimeMinutes: 3, genres: ['Animation', 'Drama'], originalLanguage: 'en', countries: ['NL'],
    overview: 'Fuelled by caffeine, a young woman runs through the scattered memories of a relationship that is ending. Made in a few weeks by the Blender Studio team.',
    directors: ['Hjalti Hjálmarsson'], cast: [], keywords: ['open movie', 'memories', 'breakup'], license: BLENDER('4.0'), maturityLevel: '7+',
  },
  {
    slug: 'sprite-fright', type: 'movie', title: 'Sprite Fright', year: 2021, runtimeMinutes: 10, genres: ['Animation', 'Comedy', 'Horror'], originalLanguage: 'en', countries: ['NL'],
    overview: 'A group of rowdy teenagers on a trip to a quiet forest meets the small, mossy creatures who live there, and learns the hard way to leave the mushrooms alone. An eighties-style horror comedy.',
    directors: ['Matthew Luhn', 'Hjalti Hjálmarsson'], cast: [], keywords: ['open movie', 'forest', 'creatures', 'teenagers'], license: BLENDER('4.0'), maturityLevel: '13+',
  },
  {
    slug: 'charge', type: 'movie', title: 'Charge', year: 2022, runtimeMinutes: 4, genres: ['Animation', 'Action', 'Science Fiction'], originalLanguage: 'en', countries: ['NL'],
    overview: 'In a world where energy is the scarcest thing left, an old man guards a power plant against a robot that has come to steal it.',
    directors: ['Hjalti Hjálmarsson'], cast: [], keywords: ['open movie', 'robot', 'energy'], license: BLENDER('4.0'), maturityLevel: '13+',
  },
  {
    slug: 'wing-it', type: 'movie', title: 'Wing It!', year: 2023, runtimeMinutes: 4, genres: ['Animation', 'Comedy', 'Family'], originalLanguage: 'en', countries: ['NL'],
    overview: 'A cat and a dog on a farm build a rocket out of whatever they can find, with exactly as much care as you would expect.',
    directors: ['Rik Schutte'], cast: [], keywords: ['open movie', 'cat', 'dog', 'rocket'], license: BLENDER('4.0'), maturityLevel: 'all',
  },
  {
    slug: 'a-trip-to-the-moon', type: 'movie', title: 'A Trip to the Moon', originalTitle: 'Le Voyage dans la Lune', year: 1902, runtimeMinutes: 13, genres: ['Science Fiction', 'Adventure'], originalLanguage: 'fr', countries: ['FR'],
    overview: 'A congress of astronomers fires itself at the Moon in a shell from a giant cannon, lands in the eye of the Man in the Moon and meets its inhabitants. Méliès\'s fantasy of painted sets and stage tricks, one of the first science-fiction films.',
    directors: ['Georges Méliès'], cast: [{ name: 'Georges Méliès', character: 'Professor Barbenfouillis' }], keywords: ['silent film', 'moon', 'space travel'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all',
  },
  {
    slug: 'the-great-train-robbery', type: 'movie', title: 'The Great Train Robbery', year: 1903, runtimeMinutes: 12, genres: ['Western', 'Crime'], originalLanguage: 'en', countries: ['US'],
    overview: 'Bandits hold up a telegraph office, rob a steam train and flee on horseback with a posse on their heels. An early western that showed how cutting between places could tell a story.',
    directors: ['Edwin S. Porter'], cast: [{ name: 'Justus D. Barnes', character: 'Bandit' }, { name: 'Gilbert M. Anderson', character: 'Bandit' }], keywords: ['silent film', 'train', 'robbery'], license: US_PUBLIC_DOMAIN, maturityLevel: '7+',
  },
  {
    slug: 'the-cabinet-of-dr-caligari', type: 'movie', title: 'The Cabinet of Dr. Caligari', originalTitle: 'Das Cabinet des Dr. Caligari', year: 1920, runtimeMinutes: 76, genres: ['Horror', 'Mystery'], originalLanguage: 'de', countries: ['DE'],
    overview: 'At a village fair, a showman presents a sleepwalker who can foretell the future, and that night the killings begin. Painted shadows and crooked streets made it the defining film of German Expressionism.',
    directors: ['Robert Wiene'], cast: [{ name: 'Werner Krauss', character: 'Dr. Caligari' }, { name: 'Conrad Veidt', character: 'Cesare' }, { name: 'Lil Dagover', character: 'Jane' }], keywords: ['silent film', 'expressionism', 'somnambulist'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'the-kid', type: 'movie', title: 'The Kid', year: 1921, runtimeMinutes: 68, genres: ['Comedy', 'Drama', 'Family'], originalLanguage: 'en', countries: ['US'],
    overview: 'The Tramp finds an abandoned baby in an alley and, after failing to get rid of him, raises him as his own. Five years later the pair run a small window-breaking business together, until the authorities come for the boy.',
    directors: ['Charlie Chaplin'], cast: [{ name: 'Charlie Chaplin', character: 'The Tramp' }, { name: 'Jackie Coogan', character: 'The Kid' }, { name: 'Edna Purviance', character: 'The Woman' }], keywords: ['silent film', 'tramp', 'orphan'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all', featured: true,
  },
  {
    slug: 'nosferatu', type: 'movie', title: 'Nosferatu', originalTitle: 'Nosferatu, eine Symphonie des Grauens', year: 1922, runtimeMinutes: 94, genres: ['Horror', 'Fantasy'], originalLanguage: 'de', countries: ['DE'],
    overview: 'An estate agent travels to the Carpathians to sell a house to the strange Count Orlok, and brings the count — and a plague — back to his home town. The unauthorised Dracula that outlived the lawsuit meant to destroy it.',
    directors: ['F. W. Murnau'], cast: [{ name: 'Max Schreck', character: 'Count Orlok' }, { name: 'Gustav von Wangenheim', character: 'Hutter' }, { name: 'Greta Schröder', character: 'Ellen' }], keywords: ['silent film', 'vampire', 'expressionism'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'safety-last', type: 'movie', title: 'Safety Last!', year: 1923, runtimeMinutes: 70, genres: ['Comedy', 'Romance'], originalLanguage: 'en', countries: ['US'],
    overview: 'A shop clerk who has told his sweetheart he is a manager promises his boss a publicity stunt, and ends up climbing the outside of a department store himself. Lloyd hanging from the clock face is one of cinema\'s best-known images.',
    directors: ['Fred C. Newmeyer', 'Sam Taylor'], cast: [{ name: 'Harold Lloyd', character: 'The Boy' }, { name: 'Mildred Davis', character: 'The Girl' }], keywords: ['silent film', 'stunt', 'skyscraper'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all',
  },
  {
    slug: 'sherlock-jr', type: 'movie', title: 'Sherlock Jr.', year: 1924, runtimeMinutes: 45, genres: ['Comedy', 'Mystery'], originalLanguage: 'en', countries: ['US'],
    overview: 'A projectionist who wants to be a detective is falsely accused of stealing a watch, falls asleep at work and walks into the film on the screen, where he is the greatest detective of all.',
    directors: ['Buster Keaton'], cast: [{ name: 'Buster Keaton', character: 'Projectionist' }, { name: 'Kathryn McGuire', character: 'The Girl' }], keywords: ['silent film', 'detective', 'film within a film'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all',
  },
  {
    slug: 'the-gold-rush', type: 'movie', title: 'The Gold Rush', year: 1925, runtimeMinutes: 95, genres: ['Comedy', 'Adventure'], originalLanguage: 'en', countries: ['US'],
    overview: 'A lone prospector heads to the Klondike, shares a cabin in a blizzard with a starving giant, cooks his own boot for dinner and falls for a dance-hall girl who barely notices him.',
    directors: ['Charlie Chaplin'], cast: [{ name: 'Charlie Chaplin', character: 'The Lone Prospector' }, { name: 'Georgia Hale', character: 'Georgia' }, { name: 'Mack Swain', character: 'Big Jim McKay' }], keywords: ['silent film', 'klondike', 'gold'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all',
  },
  {
    slug: 'battleship-potemkin', type: 'movie', title: 'Battleship Potemkin', originalTitle: 'Bronenosets Potyomkin', year: 1925, runtimeMinutes: 75, genres: ['Drama', 'History'], originalLanguage: 'ru', countries: ['SU'],
    overview: 'Sailors fed rotten meat mutiny against their officers in 1905, and the port of Odessa rises with them until soldiers march down its great stairway. Eisenstein\'s study in montage.',
    directors: ['Sergei Eisenstein'], cast: [{ name: 'Aleksandr Antonov', character: 'Vakulinchuk' }, { name: 'Vladimir Barsky', character: 'Commander Golikov' }], keywords: ['silent film', 'mutiny', 'montage'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'the-phantom-of-the-opera', type: 'movie', title: 'The Phantom of the Opera', year: 1925, runtimeMinutes: 93, genres: ['Horror', 'Romance'], originalLanguage: 'en', countries: ['US'],
    overview: 'A masked figure who haunts the cellars of the Paris Opera coaches a young singer toward stardom and demands her love in return. Lon Chaney designed his own face for the unmasking.',
    directors: ['Rupert Julian'], cast: [{ name: 'Lon Chaney', character: 'The Phantom' }, { name: 'Mary Philbin', character: 'Christine Daaé' }, { name: 'Norman Kerry', character: 'Raoul de Chagny' }], keywords: ['silent film', 'opera', 'mask'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'the-general', type: 'movie', title: 'The General', year: 1926, runtimeMinutes: 78, genres: ['Comedy', 'Action', 'War'], originalLanguage: 'en', countries: ['US'],
    overview: 'Turned down by the army, a Southern train engineer chases Union raiders who have stolen his locomotive — with his sweetheart on board — and then has to get it back home again.',
    directors: ['Clyde Bruckman', 'Buster Keaton'], cast: [{ name: 'Buster Keaton', character: 'Johnnie Gray' }, { name: 'Marion Mack', character: 'Annabelle Lee' }], keywords: ['silent film', 'locomotive', 'civil war'], license: US_PUBLIC_DOMAIN, maturityLevel: 'all', featured: true,
  },
  {
    slug: 'metropolis', type: 'movie', title: 'Metropolis', year: 1927, runtimeMinutes: 148, genres: ['Science Fiction', 'Drama'], originalLanguage: 'de', countries: ['DE'],
    overview: 'In a city of towers, the son of its master discovers the workers who keep the machines running underground and the woman who preaches peace to them — just as an inventor builds a machine in her likeness.',
    directors: ['Fritz Lang'], cast: [{ name: 'Brigitte Helm', character: 'Maria' }, { name: 'Gustav Fröhlich', character: 'Freder' }, { name: 'Alfred Abel', character: 'Joh Fredersen' }, { name: 'Rudolf Klein-Rogge', character: 'Rotwang' }], keywords: ['silent film', 'dystopia', 'robot'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'his-girl-friday', type: 'movie', title: 'His Girl Friday', year: 1940, runtimeMinutes: 92, genres: ['Comedy', 'Romance'], originalLanguage: 'en', countries: ['US'],
    overview: 'A newspaper editor learns that his star reporter — and ex-wife — is about to remarry and leave the business, so he hands her one last story about a man due to hang, talking faster than anyone can interrupt.',
    directors: ['Howard Hawks'], cast: [{ name: 'Cary Grant', character: 'Walter Burns' }, { name: 'Rosalind Russell', character: 'Hildy Johnson' }, { name: 'Ralph Bellamy', character: 'Bruce Baldwin' }], keywords: ['screwball comedy', 'newspaper', 'journalism'], license: US_PUBLIC_DOMAIN, maturityLevel: '7+',
  },
  {
    slug: 'detour', type: 'movie', title: 'Detour', year: 1945, runtimeMinutes: 68, genres: ['Crime', 'Film Noir'], originalLanguage: 'en', countries: ['US'],
    overview: 'A nightclub pianist hitchhikes across the country to join his girlfriend, and a death at the roadside drags him into a trap he tells us he could never have avoided. Made in a few days on almost no money.',
    directors: ['Edgar G. Ulmer'], cast: [{ name: 'Tom Neal', character: 'Al Roberts' }, { name: 'Ann Savage', character: 'Vera' }], keywords: ['hitchhiking', 'fate', 'b-movie'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'doa', type: 'movie', title: 'D.O.A.', year: 1949, runtimeMinutes: 83, genres: ['Crime', 'Thriller', 'Film Noir'], originalLanguage: 'en', countries: ['US'],
    overview: 'A man walks into a police station to report a murder — his own. Poisoned and with days to live, an accountant retraces his trip to San Francisco to learn who killed him and why.',
    directors: ['Rudolph Maté'], cast: [{ name: 'Edmond O\'Brien', character: 'Frank Bigelow' }, { name: 'Pamela Britton', character: 'Paula Gibson' }], keywords: ['poison', 'investigation', 'san francisco'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'plan-9-from-outer-space', type: 'movie', title: 'Plan 9 from Outer Space', year: 1957, runtimeMinutes: 79, genres: ['Science Fiction', 'Horror'], originalLanguage: 'en', countries: ['US'],
    overview: 'Aliens who want to stop humanity from building a doomsday weapon raise the dead of a Californian cemetery. Cardboard sets and borrowed footage earned it a cult as the most lovable bad film ever made.',
    directors: ['Edward D. Wood Jr.'], cast: [{ name: 'Bela Lugosi', character: 'Old Man' }, { name: 'Vampira', character: 'Vampire Girl' }, { name: 'Tor Johnson', character: 'Inspector Clay' }], keywords: ['aliens', 'zombies', 'cult film'], license: US_PUBLIC_DOMAIN, maturityLevel: '7+',
  },
  {
    slug: 'the-little-shop-of-horrors', type: 'movie', title: 'The Little Shop of Horrors', year: 1960, runtimeMinutes: 72, genres: ['Comedy', 'Horror'], originalLanguage: 'en', countries: ['US'],
    overview: 'A clumsy florist\'s assistant breeds a strange plant that draws customers to a failing shop on Skid Row. The plant talks, it grows, and it is always hungry. Shot in two days.',
    directors: ['Roger Corman'], cast: [{ name: 'Jonathan Haze', character: 'Seymour Krelboin' }, { name: 'Jackie Joseph', character: 'Audrey Fulquard' }, { name: 'Jack Nicholson', character: 'Wilbur Force' }], keywords: ['carnivorous plant', 'flower shop', 'black comedy'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'carnival-of-souls', type: 'movie', title: 'Carnival of Souls', year: 1962, runtimeMinutes: 78, genres: ['Horror', 'Mystery'], originalLanguage: 'en', countries: ['US'],
    overview: 'After surviving a car plunging off a bridge, a church organist moves to Utah, where a pale man keeps appearing to her and an abandoned lakeside pavilion keeps calling her back.',
    directors: ['Herk Harvey'], cast: [{ name: 'Candace Hilligoss', character: 'Mary Henry' }, { name: 'Herk Harvey', character: 'The Man' }], keywords: ['ghost', 'organist', 'independent film'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+',
  },
  {
    slug: 'charade', type: 'movie', title: 'Charade', year: 1963, runtimeMinutes: 113, genres: ['Thriller', 'Comedy', 'Romance'], originalLanguage: 'en', countries: ['US'],
    overview: 'Back from a ski trip, a young widow in Paris learns her husband stole a fortune in wartime and that his old comrades want it from her. A charming stranger offers help, and changes his name every time she trusts him.',
    directors: ['Stanley Donen'], cast: [{ name: 'Cary Grant', character: 'Peter Joshua' }, { name: 'Audrey Hepburn', character: 'Regina Lampert' }, { name: 'Walter Matthau', character: 'Hamilton Bartholomew' }], keywords: ['paris', 'stolen gold', 'identity'], license: US_PUBLIC_DOMAIN, maturityLevel: '13+', featured: true,
  },
  {
    slug: 'the-last-man-on-earth', type: 'movie', title: 'The Last Man on Earth', originalTitle: "L'ultimo uomo della Terra", year: 1964, runtimeMinutes: 86, genres: ['Science Fiction', 'Horror'], originalLanguage: 'en', countries: ['IT', 'US'],
    overview: 'Years after a plague turned everyone into creatures who fear garlic and mirrors, a scientist who is immune hunts them by day and barricades his house by night, until he meets a woman who seems to be untouched.',
    directors: ['Ubaldo Ragona', 'Sidney Salkow'], cast: [{ name: 'Vincent Price', character: 'Dr. Robert Morgan' }, { name: 'Franca Bettoia', character: 'Ruth Collins' }], keywords: ['plague', 'vampires', 'survivor'], license: US_PUBLIC_DOMAIN, maturityLevel: '16+',
  },
  {
    slug: 'night-of-the-living-dead', type: 'movie', title: 'Night of the Living Dead', year: 1968, runtimeMinutes: 96, genres: ['Horror'], originalLanguage: 'en', countries: ['US'],
    overview: 'Strangers barricade themselves in a farmhouse while the recently dead rise and close in, and they fight each other as much as the ghouls outside. The low-budget film that created the modern zombie.',
    directors: ['George A. Romero'], cast: [{ name: 'Duane Jones', character: 'Ben' }, { name: 'Judith O\'Dea', character: 'Barbra' }], keywords: ['zombies', 'farmhouse', 'siege'], license: US_PUBLIC_DOMAIN, maturityLevel: '16+',
  },
];
