// Generated from the gateway’s OpenAPI document by `npm run client:generate`. Do not edit.

export interface paths {
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the gateway process answers */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: every service and store, each with status and latency */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ping/{service}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Round trip over NATS to one service, touching no store */
        get: operations["HealthController_ping"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account with its preferences */
        get: operations["MeController_get"];
        put?: never;
        post?: never;
        /**
         * Delete the account
         * @description Needs the password. Personal data is removed, every session ends, and `users.account.deleted` is published for the other services.
         */
        delete: operations["MeController_delete"];
        options?: never;
        head?: never;
        /** Change the display name and/or some preferences */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Every other session ends at once; this one stays.
         */
        post: operations["MeController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signed-in devices: name, type, user agent, IP, last seen */
        get: operations["MeController_sessions"];
        put?: never;
        post?: never;
        /** Sign out every other device */
        delete: operations["MeController_revokeOthers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one device */
        delete: operations["MeController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account’s profiles (the profile picker) */
        get: operations["ProfilesController_list"];
        put?: never;
        /** Add a profile (at most 5); kid profiles take a maturity limit and an optional 4-digit PIN */
        post: operations["ProfilesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a profile with its library; devices paired to it are signed out */
        delete: operations["ProfilesController_delete"];
        options?: never;
        head?: never;
        /** Change a profile; `pin: null` removes its PIN */
        patch: operations["ProfilesController_update"];
        trace?: never;
    };
    "/api/v1/me/profiles/{profileId}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch to a profile: a profile-scoped access token
         * @description Leaving a kid profile that has a PIN needs `pin`. Refreshed tokens of this session stay on the chosen profile.
         */
        post: operations["ProfilesController_select"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profiles/{profileId}/title-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Titles allowed or denied for a kid profile */
        get: operations["ProfilesController_titleRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profiles/{profileId}/title-rules/{titleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Allow or deny one title for a kid profile */
        put: operations["ProfilesController_setTitleRule"];
        post?: never;
        /** Remove a title rule (idempotent) */
        delete: operations["ProfilesController_removeTitleRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profiles/{profileId}/parental-controls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A kid profile’s parental controls: mode (open or allow-list) and denied content tags */
        get: operations["ProfilesController_parentalControls"];
        /**
         * Set a kid profile’s mode and/or denied content tags (replaces the list)
         * @description Titles carrying a denied tag drop out of the profile’s lists, search and details at once. In allow-list mode only titles allowed by a title rule are shown.
         */
        put: operations["ProfilesController_setParentalControls"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile’s watchlist, newest first (cursor paging) */
        get: operations["LibraryController_watchlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/watchlist/{titleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add a title to the watchlist (idempotent) */
        put: operations["LibraryController_addToWatchlist"];
        post?: never;
        /** Remove a title from the watchlist (idempotent) */
        delete: operations["LibraryController_removeFromWatchlist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/favorites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile’s favorites, newest first (cursor paging) */
        get: operations["LibraryController_favorites"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/favorites/{titleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a title as a favorite (idempotent) */
        put: operations["LibraryController_addToFavorites"];
        post?: never;
        /** Unmark a favorite (idempotent) */
        delete: operations["LibraryController_removeFromFavorites"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/history/{titleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the resume position in a title
         * @description At 95 % of the duration the title counts as finished and leaves continue-watching.
         */
        put: operations["HistoryController_record"];
        post?: never;
        /** Remove one title from the history (idempotent) */
        delete: operations["HistoryController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Watch history, most recent first (cursor paging) */
        get: operations["HistoryController_history"];
        put?: never;
        post?: never;
        /** Clear the profile’s watch history */
        delete: operations["HistoryController_clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/continue-watching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unfinished titles, most recently watched first (cursor paging) */
        get: operations["HistoryController_continueWatching"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/devices/pairing-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a pairing code for a TV or launcher (10 minutes, single use), bound to a profile */
        post: operations["PairingController_createCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/device/pair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Redeem a pairing code on the device: a device token (typ device) for its profile, plus a refresh token */
        post: operations["PairingController_pair"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paired devices */
        get: operations["PairingController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/devices/{deviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unpair a device; its tokens stop working at once */
        delete: operations["PairingController_unpair"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users, newest first; filter by e-mail prefix and role */
        get: operations["AdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{userId}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user’s role
         * @description The user’s sessions end so the new role applies at once.
         */
        patch: operations["AdminController_changeRole"];
        trace?: never;
    };
    "/api/v1/admin/users/{userId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account
         * @description It can no longer sign in and its sessions end at once. Idempotent.
         */
        post: operations["AdminController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/household/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The streaming services your household subscribes to
         * @description What `myServices=true` on lists and search filters to.
         */
        get: operations["HouseholdController_get"];
        /** Replace your household’s streaming services (provider ids from GET /providers) and its country */
        put: operations["HouseholdController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first (cursor paging; `unread=true` for unread only) */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread */
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one notification read (idempotent) */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a viewer account
         * @description Sends a verification link to the address; the account may sign in once it is confirmed.
         */
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the token from the link (single use) */
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the verification link again
         * @description Always 202, whether or not the address has an unverified account; at most MAIL_PER_HOUR_LIMIT links per hour go out.
         */
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in: an access token (short-lived) and a refresh token (rotating) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap a refresh token for new tokens
         * @description Each refresh token works once. Presenting one that was already used ends the whole session (reuse detection).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this session now
         * @description Its access token stops working at once; its refresh token too.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password-reset link
         * @description Always 202, whether or not the address has an account.
         */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the reset link
         * @description Ends every session of the account.
         */
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List titles with filters and sorting
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles).
         */
        get: operations["TitlesController_list"];
        put?: never;
        /**
         * Create a title (staff)
         * @description Maturity is derived from certifications (strictest wins; none = 18+) unless maturityLevel is given. Clears the catalog cache.
         */
        post: operations["TitlesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/popular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Most popular titles
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles).
         */
        get: operations["TitlesController_popular"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/trending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trending titles (day or week), optionally of one genre
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles). From analytics' trending scores (views and watch time, time-decayed) when they cover enough titles; otherwise popularity among the latest releases. `source` says which (`analytics:day`, `popularity-fallback:week`, …). Cached for TRENDING_CACHE_TTL_SECONDS.
         */
        get: operations["TitlesController_trending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * New releases, newest first
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles).
         */
        get: operations["TitlesController_newReleases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/featured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Featured (hero) titles: staff picks, else the most popular
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles).
         */
        get: operations["TitlesController_featured"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Home-page rows: the largest genres with their most popular titles, in one call
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles).
         */
        get: operations["TitlesController_categories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A title with cast, crew, trailer, similar titles, its seasons or episodes, and where to watch it
         * @description Public. With a token, results are limited to the profile’s maturity level (kid profiles). A title above the caller’s limit answers 404, as if it did not exist. `whereToWatch` is for `?country=`, else the viewer’s geo country. Carries reactions {likes, dislikes}, live (not cached).
         */
        get: operations["TitlesController_get"];
        put?: never;
        post?: never;
        /** Delete a title with its seasons and episodes (staff). Clears the catalog cache. */
        delete: operations["TitlesController_delete"];
        options?: never;
        head?: never;
        /**
         * Edit a title (staff); absent fields stay as they are.
         * @description Drops the cached pages that show the title (its own, its parent’s, its children’s, those listing it as similar) and the cached lists, feeds and searches; an edit of genres, keywords, cast, crew, popularity, maturity, certifications or type clears the whole catalog cache.
         */
        patch: operations["TitlesController_update"];
        trace?: never;
    };
    "/api/v1/titles/tmdb/{tmdbId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The title with this TMDb id (a movie unless type=series), as GET /titles/{id}
         * @description Public. With a token, a title above the profile’s maturity level answers 404, as if it did not exist.
         */
        get: operations["TitleLookupsController_byTmdbId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{id}/trailer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The title’s trailer as a YouTube embed URL (from TMDb videos)
         * @description Public. With a token, a title above the profile’s maturity level answers 404, as if it did not exist.
         */
        get: operations["TitleLookupsController_trailer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search titles, original titles, people and keywords
         * @description Typo-tolerant, prefix as you type, relevance blended with popularity, with genre/year/type facets over all matches. Public; a token limits results to the profile’s maturity level.
         */
        get: operations["DiscoveryController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/genres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Genres with their title counts, largest first */
        get: operations["DiscoveryController_genres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/genres/{slug}/titles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Titles of one genre, with the same filters and sorts as /titles */
        get: operations["DiscoveryController_byGenre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/cache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear the gateway’s cache of catalog reads (staff) */
        delete: operations["DiscoveryController_clearCache"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of the seed import (staff) */
        get: operations["DiscoveryController_importStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tmdb/movies/{tmdbId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or enrich a movie from TMDb by its TMDb id (staff)
         * @description Matches an existing title (e.g. from the seed) by TMDb id and refreshes it. Clears the catalog cache.
         */
        post: operations["DiscoveryController_importFromTmdb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Content tags (violence, language, scary scenes…) with their title counts
         * @description Parents deny tags for kid profiles (PUT /me/profiles/{id}/parental-controls).
         */
        get: operations["ContentTagsController_list"];
        put?: never;
        /** Create a content tag (staff) */
        post: operations["ContentTagsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a content tag and take it off every title (staff) */
        delete: operations["ContentTagsController_delete"];
        options?: never;
        head?: never;
        /** Rename or redescribe a content tag (staff); the slug never changes */
        patch: operations["ContentTagsController_update"];
        trace?: never;
    };
    "/api/v1/titles/{id}/tags/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a content tag on a title (staff; idempotent) */
        put: operations["ContentTagsController_tag"];
        post?: never;
        /** Take a content tag off a title (staff; idempotent) */
        delete: operations["ContentTagsController_untag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launcher/approved-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Titles the paired device may show, most popular first
         * @description Device tokens only (POST /auth/device/pair). Within the profile’s maturity limit, without titles or content tags a parent denied, and in allow-list mode only titles a parent allowed.
         */
        get: operations["LauncherController_approvedContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/launcher/deep-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a link that opens a title or an episode in a provider’s app
         * @description Device tokens only. Goes to staff review (GET /admin/catalog/deep-links). A device’s repeat of a link it reported counts once (`counted: false`).
         */
        post: operations["LauncherController_reportDeepLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/titles/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate a title (1–5 stars or a thumb); rating again replaces the rating */
        put: operations["RatingsController_rate"];
        post?: never;
        /** Remove the profile’s rating of a title (idempotent) */
        delete: operations["RatingsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The profile’s ratings, newest first */
        get: operations["RatingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "For you": titles picked for the profile
         * @description From the trained item model (ADR 0018), summed over the profile’s ratings, favourites and finished titles; topped up with the most popular titles of the profile’s favourite genres, then the most popular. Leaves out what the profile rated, favourited or watched and titles its maturity limit or a parent’s rules keep from it. `source`: collaborative, popular-in-genres or popularity.
         */
        get: operations["RatingsController_recommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/recommendations/because-you-watched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Because you watched X" rows
         * @description One row per title the profile liked most recently (ratings ≥ 4, favourites, finished titles), filled with that title’s neighbours in the trained model; same exclusions as "for you".
         */
        get: operations["RatingsController_becauseYouWatched"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streaming, rent and buy services known from TMDb’s watch-provider data
         * @description Their ids are what `PUT /me/household/providers` and the `providers` filter of lists and search take. `?country=` keeps those offering a catalog title there.
         */
        get: operations["WatchProvidersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tmdb/series/{tmdbId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or refresh a TV series from TMDb with its seasons and episodes (staff)
         * @description Matched by TMDb id at every level, so repeating it updates in place. Clears the catalog cache.
         */
        post: operations["CatalogJobsController_importSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/backfills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a backfill over every title with a TMDb id (admin)
         * @description `episodes`: seasons and episodes of series; `images`: posters and backdrops; `providers`: where to watch; `deep-links`: app links (S1E1 for series) from the deep-link provider. Runs as a BullMQ job; poll its progress.
         */
        post: operations["CatalogJobsController_startBackfill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/backfills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress of a backfill or TMDb refresh (admin) */
        get: operations["CatalogJobsController_backfill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tmdb/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the nightly TMDb refresh now (admin)
         * @description Refreshes popular and trending titles and TMDb’s trending ranks. Progress at GET /admin/catalog/backfills/{id}.
         */
        post: operations["CatalogJobsController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/recommender/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retrain the "for you" model now (admin)
         * @description Also runs on a schedule and after enough new ratings. Replicas serve the new model once it is stored. Progress at GET /admin/catalog/backfills/{id}.
         */
        post: operations["CatalogJobsController_trainRecommender"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person with their filmography (cast and crew credits, newest first)
         * @description Public. With a token, credits are limited to the profile’s maturity level and, for kid profiles and devices, its parental rules.
         */
        get: operations["PeopleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/deep-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported deep links by status, oldest first (staff) */
        get: operations["DeepLinksController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/deep-links/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject a deep link (staff); launchers see the change at once */
        post: operations["DeepLinksController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tag-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose content tags for a title from a wiki page’s categories (staff)
         * @description Asks the wiki configured in TAG_WIKI_API_URL (MediaWiki API, `prop=categories`) for the page’s categories; those matching a content tag by slug or name become pending proposals. Repeating it finds the same proposals.
         */
        post: operations["TagProposalsController_importFromWiki"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tag-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tag proposals by status, oldest first (staff) */
        get: operations["TagProposalsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/catalog/tag-proposals/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept (the tag goes on the title) or reject a tag proposal (staff) */
        post: operations["TagProposalsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List subscription plans */
        get: operations["PlansController_list"];
        put?: never;
        /** Create a plan (admin) */
        post: operations["PlansController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe to a plan
         * @description Starts a trial when the plan has one (no charge yet), else charges the first period. A 3-D Secure card leaves the subscription `incomplete` with `payment.nextAction` until the provider confirms.
         */
        post: operations["SubscriptionsController_subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/subscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My current (latest) subscription: status, period, next charge */
        get: operations["SubscriptionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/subscriptions/{subscriptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel now or at the end of the period */
        post: operations["SubscriptionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/subscriptions/{subscriptionId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo a cancellation at period end, before the period ends */
        post: operations["SubscriptionsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/subscriptions/{subscriptionId}/change-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change plan now with proration
         * @description Upgrade: the prorated difference (by the second, rounded half up per part) is charged at once. Downgrade: it becomes credit for the next renewal.
         */
        post: operations["SubscriptionsController_changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/subscriptions/{subscriptionId}/payment-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the payment method renewals are charged to
         * @description The provider sets the new method up first. On a `past_due` subscription the outstanding renewal is retried with it at once (the customer is present): paid, the subscription is `active` again; a 3-D Secure card answers with `payment.nextAction`; declined, it stays in dunning (402).
         */
        put: operations["SubscriptionsController_updatePaymentMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/history/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My payments as CSV, streamed (same filters as the history) */
        get: operations["HistoryExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/ppv/offers/{videoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the pay-per-view offer of a video (admin) */
        put: operations["PaymentsController_putOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/ppv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buy or rent a video (pay-per-view)
         * @description One paid purchase per user and video: a second one while the first is active or being paid is a 409.
         */
        post: operations["PaymentsController_purchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entitlements/{videoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** May I play this video, at which quality, on how many devices/streams? */
        get: operations["PaymentsController_entitlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My payments (admins: anyone’s with userId), newest first, filtered and paged */
        get: operations["PaymentsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/transactions/{transactionId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Receipt of one transaction, with its refunds and derived balance */
        get: operations["PaymentsController_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/transactions/{transactionId}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a charge in full or in part (admin)
         * @description A PPV payment refunded in full revokes the purchase.
         */
        post: operations["PaymentsController_refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment provider webhook
         * @description Signed `t=…,v1=…` HMAC-SHA256 over the raw body (Stripe’s scheme; the sandbox uses it too). Each event id is applied once; events may arrive in any order.
         */
        post: operations["WebhooksController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/creator/{creatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A creator’s revenue by month and video, with payout status and history (that creator and admins only) */
        get: operations["RevenueController_forCreator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/creator/{creatorId}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a creator’s earnings of one ended month (admin)
         * @description Records a pending payout ledger entry for the month’s earnings in that currency. One live payout per creator, month and currency: a second is a 409 until the first fails.
         */
        post: operations["RevenueController_createPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revenue/payouts/{payoutId}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what a payout’s transfer did: completed or failed (admin)
         * @description The first outcome is final; repeating it answers the same payout, another outcome is a 409.
         */
        post: operations["RevenueController_settlePayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin the billing clock (test only, BILLING_TEST_CLOCK=true) */
        post: operations["BillingAdminController_setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/renewals/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the renewal and dunning sweep now, as of the billing clock (test only) */
        post: operations["BillingAdminController_runRenewals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your videos (admins: all videos), newest first */
        get: operations["VideosController_list"];
        put?: never;
        /** Create a video (metadata first; then upload its file to /uploads) */
        post: operations["VideosController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your videos, with its processing stage and percent, and `reactions: {likes, dislikes}` */
        get: operations["VideosController_get"];
        put?: never;
        post?: never;
        /** Delete a video: hidden at once, its files removed after the retention period */
        delete: operations["VideosController_remove"];
        options?: never;
        head?: never;
        /** Edit a video: metadata, visibility and schedule, monetization, geo rules */
        patch: operations["VideosController_update"];
        trace?: never;
    };
    "/api/v1/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** tus: create an upload for a video; Upload-Metadata must name videoId and filename */
        post: operations["UploadsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** tus: abandon an upload and free its parts */
        delete: operations["UploadsController_terminate"];
        options?: never;
        /** tus: how many bytes the server has (resume from `Upload-Offset`) */
        head: operations["UploadsController_offset"];
        /** tus: append bytes at `Upload-Offset`; the last chunk queues the transcode */
        patch: operations["UploadsController_append"];
        trace?: never;
    };
    "/api/v1/videos/{id}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start playback: checks visibility, schedule, geo and entitlement; answers the manifest URL of a new playback grant */
        get: operations["PlaybackController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playback/{id}/{token}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Master playlist (`master.m3u8`), storyboard WebVTT (`storyboard.vtt`, cues point at a signed sprite with #xywh= tiles) or, for ad-supported videos, the VMAP 1.0 ad schedule (`ads.vmap`) of a playback */
        get: operations["PlaybackController_playbackFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playback/{id}/{token}/{rendition}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rendition’s media playlist (`index.m3u8`), its AES-128 key (`key.bin`, 16 raw bytes) or a redirect to a briefly signed init section or segment */
        get: operations["PlaybackController_renditionFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}/captions/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The normalised WebVTT of a track (creator and staff) */
        get: operations["CaptionsController_get"];
        /** Add or replace the caption track of a language: WebVTT (text/vtt) or SubRip (application/x-subrip) with settings in the query, or JSON {format, text, kind, label, default, forced}; normalised to WebVTT */
        put: operations["CaptionsController_put"];
        post?: never;
        /** Delete a track; answers the tracks left */
        delete: operations["CaptionsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/videos/{id}/captions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Caption tracks of a video: for its creator and staff (with those a content replacement dropped) and for viewers who may play it */
        get: operations["CaptionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/playback/{id}/{token}/captions/{language}/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A caption track of a playback: its media playlist (`index.m3u8`) or a WebVTT segment aligned to the video’s segments, with X-TIMESTAMP-MAP */
        get: operations["CaptionsController_playbackFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ads/vast": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VAST 4.2 for one ad break of one playback: a house ad whose impression, quartile and click trackers feed analytics (an empty VAST when the break is not scheduled) */
        get: operations["AdsController_vast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a batch of player and engagement events (anonymous, or signed in to feed your own report) */
        post: operations["EventsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ads/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** VAST tracking pixel: an ad impression, quartile, completion or click of one break of one playback */
        get: operations["AdTrackingController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/videos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report of one video: its owner or an admin */
        get: operations["AnalyticsReportsController_video"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/creator/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report of all videos of one creator: the creator or an admin */
        get: operations["AnalyticsReportsController_creator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/user/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What one signed-in viewer watched: the user themself or an admin */
        get: operations["AnalyticsReportsController_user"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform statistics available so far: event rate, videos and users seen, event stream backlog */
        get: operations["AdminStatsController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Top-level comments of a video or title, newest or top first (cursor paging), with the target’s comment count */
        get: operations["CommentsController_list"];
        put?: never;
        /** Comment on a video or title, or reply to a comment (replies are one level deep) */
        post: operations["CommentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Replies of a top-level comment, oldest first (cursor paging) */
        get: operations["CommentsController_replies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a comment: yours, any on your video, or any (staff/admin). Idempotent; a thread keeps its replies. */
        delete: operations["CommentsController_delete"];
        options?: never;
        head?: never;
        /** Edit your own comment within the edit window (COMMENT_EDIT_WINDOW_SECONDS) */
        patch: operations["CommentsController_edit"];
        trace?: never;
    };
    "/api/v1/comments/{id}/like": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Like a comment (one like per profile, else per account; idempotent) */
        put: operations["CommentsController_like"];
        post?: never;
        /** Take back your like (idempotent) */
        delete: operations["CommentsController_unlike"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/comment-settings/{targetType}/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether comments are on for a video or title */
        get: operations["CommentsController_settings"];
        /** Turn comments on or off: the video’s creator or staff (titles: staff) */
        put: operations["CommentsController_setSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reactions/{targetType}/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Like, dislike and comment counts of a video or title; with a token also your own reaction (`mine`) */
        get: operations["ReactionsController_get"];
        /** Like or dislike (replaces your earlier reaction; the same one twice changes nothing) */
        put: operations["ReactionsController_set"];
        post?: never;
        /** Take your reaction back (idempotent) */
        delete: operations["ReactionsController_clear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a title, video or comment with a reason (one open report per reporter and target) */
        post: operations["ReportsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation queue, oldest first: filter by status and target type (cursor paging) */
        get: operations["ReportsController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/reports/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve a report: hide or remove its target at once, or dismiss it; closes the target’s other open reports too */
        post: operations["ReportsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/moderation/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation audit trail, newest first: who did what to which target, when */
        get: operations["ReportsController_auditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LivenessReport: {
            /** @enum {string} */
            status: "up";
            /** @example 42 */
            uptimeSeconds: number;
        };
        DependencyCheck: {
            /** @example mongo */
            name: string;
            /** @enum {string} */
            status: "up" | "down";
            /** @example 2.4 */
            latencyMs: number;
            /** @example connect ECONNREFUSED */
            error?: string;
        };
        ServiceHealth: {
            /** @example users */
            service: string;
            /** @enum {string} */
            status: "up" | "down";
            /** @example users-1234 */
            instance: string;
            /** @example 120 */
            uptimeSeconds: number;
            /**
             * @description Round trip from the caller, when measured by the gateway.
             * @example 3.1
             */
            latencyMs: number;
            checks: components["schemas"]["DependencyCheck"][];
        };
        ReadinessReport: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description The gateway's own stores (NATS, Redis). */
            dependencies: components["schemas"]["DependencyCheck"][];
            /** @description Each service, asked over NATS, with its own stores. */
            services: components["schemas"]["ServiceHealth"][];
        };
        PingReport: {
            /** @example users */
            service: string;
            /**
             * @description The replica that answered.
             * @example host:1234
             */
            instance: string;
        };
        NotificationEmailPreferences: {
            /**
             * @description A new episode of a series on a watchlist.
             * @default true
             */
            episodeNew: boolean;
            /**
             * @description My uploaded video finished processing.
             * @default true
             */
            uploadReady: boolean;
            /**
             * @description A payment of mine failed.
             * @default true
             */
            paymentFailed: boolean;
            /**
             * @description My subscription renews in a few days.
             * @default true
             */
            subscriptionRenewsSoon: boolean;
            /**
             * @description Someone replied to my comment.
             * @default false
             */
            commentReply: boolean;
        };
        Preferences: {
            /**
             * @default auto
             * @enum {string}
             */
            playbackQuality: "auto" | "1080p" | "720p" | "480p";
            /**
             * @description Play the next episode when one ends.
             * @default true
             */
            autoplayNext: boolean;
            /** @default true */
            autoplayPreviews: boolean;
            /**
             * @description Master switch of notification e-mails; each kind also has its own opt-in (notificationEmails).
             * @default true
             */
            emailNotifications: boolean;
            notificationEmails: components["schemas"]["NotificationEmailPreferences"];
            /** @default true */
            pushNotifications: boolean;
            /**
             * @description BCP 47 language tag (e.g. en, pt-BR).
             * @example en
             */
            language: string;
            /**
             * @description Let others see what this account watches (e.g. shared lists).
             * @default false
             */
            publicActivity: boolean;
            /**
             * @description Use watch history for recommendations.
             * @default true
             */
            personalisedRecommendations: boolean;
        };
        MeResponse: {
            /** @example 665f1c2e9b1e8a0012345678 */
            id: string;
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            displayName: string;
            /**
             * @description Sign-in name, when the account chose one
             * @example ada_l
             */
            username: string | null;
            /** @enum {string} */
            role: "viewer" | "creator" | "staff" | "admin";
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
            preferences: components["schemas"]["Preferences"];
        };
        NotificationEmailPreferencesPatch: {
            /**
             * @description A new episode of a series on a watchlist.
             * @default true
             */
            episodeNew?: boolean;
            /**
             * @description My uploaded video finished processing.
             * @default true
             */
            uploadReady?: boolean;
            /**
             * @description A payment of mine failed.
             * @default true
             */
            paymentFailed?: boolean;
            /**
             * @description My subscription renews in a few days.
             * @default true
             */
            subscriptionRenewsSoon?: boolean;
            /**
             * @description Someone replied to my comment.
             * @default false
             */
            commentReply?: boolean;
        };
        PreferencesPatch: {
            /**
             * @default auto
             * @enum {string}
             */
            playbackQuality?: "auto" | "1080p" | "720p" | "480p";
            /**
             * @description Play the next episode when one ends.
             * @default true
             */
            autoplayNext?: boolean;
            /** @default true */
            autoplayPreviews?: boolean;
            /**
             * @description Master switch of notification e-mails; each kind also has its own opt-in (notificationEmails).
             * @default true
             */
            emailNotifications?: boolean;
            /** @default true */
            pushNotifications?: boolean;
            /**
             * @description BCP 47 language tag (e.g. en, pt-BR).
             * @example en
             */
            language?: string;
            /**
             * @description Let others see what this account watches (e.g. shared lists).
             * @default false
             */
            publicActivity?: boolean;
            /**
             * @description Use watch history for recommendations.
             * @default true
             */
            personalisedRecommendations?: boolean;
            /** @description Only the given kinds change. */
            notificationEmails?: components["schemas"]["NotificationEmailPreferencesPatch"];
        };
        UpdateMeBody: {
            /** @example Ada Lovelace */
            displayName?: string;
            /** @description Only the given preferences change. */
            preferences?: components["schemas"]["PreferencesPatch"];
        };
        DeleteAccountBody: {
            /** @example correct horse battery 9 */
            password: string;
        };
        ChangePasswordBody: {
            /** @example correct horse battery 9 */
            currentPassword: string;
            /**
             * @description At least 10 characters with a letter and a digit; at most 72 bytes.
             * @example correct horse battery 9
             */
            newPassword: string;
        };
        RevokedSessionsResponse: {
            /** @description How many sessions were ended. */
            revoked: number;
        };
        SessionResponse: {
            id: string;
            /** @example Living-room TV */
            deviceName: string;
            /** @enum {string} */
            deviceType: "web" | "mobile" | "tablet" | "tv" | "desktop" | "other";
            userAgent: string;
            /** @example 203.0.113.7 */
            ip: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Last login or token refresh.
             */
            lastSeenAt: string;
            /** @description The session of the token making this request. */
            current: boolean;
        };
        SessionListResponse: {
            items: components["schemas"]["SessionResponse"][];
        };
        ProfileResponse: {
            id: string;
            name: string;
            avatar: string | null;
            language: string;
            kid: boolean;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description Whether a PIN guards leaving this profile. */
            hasPin: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        ProfileListResponse: {
            items: components["schemas"]["ProfileResponse"][];
        };
        ProfileBody: {
            /** @example Ada */
            name: string;
            /**
             * @description Key of a built-in avatar image.
             * @example avatar-3
             */
            avatar?: string;
            /** @example en */
            language?: string;
            /**
             * @description A kid profile sees titles up to its maturity level (at most 13+) and needs its PIN, if set, to leave.
             * @default false
             */
            kid?: boolean;
            /**
             * @description Highest maturity rating shown; default 18+ (7+ for kids).
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
            /**
             * @description 4 digits; needed to leave this kid profile. null removes it.
             * @example 4821
             */
            pin?: Record<string, never> | null;
        };
        ProfilePatch: {
            /** @example Ada */
            name?: string;
            /**
             * @description Key of a built-in avatar image.
             * @example avatar-3
             */
            avatar?: string;
            /** @example en */
            language?: string;
            /**
             * @description A kid profile sees titles up to its maturity level (at most 13+) and needs its PIN, if set, to leave.
             * @default false
             */
            kid?: boolean;
            /**
             * @description Highest maturity rating shown; default 18+ (7+ for kids).
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
            /**
             * @description 4 digits; needed to leave this kid profile. null removes it.
             * @example 4821
             */
            pin?: Record<string, never> | null;
        };
        SelectProfileBody: {
            /**
             * @description PIN of the kid profile being left, when it has one.
             * @example 4821
             */
            pin?: string;
        };
        ProfileTokenResponse: {
            /** @description Access token scoped to the profile (claims pid, kid, mat); same session. */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /** @example 900 */
            expiresIn: number;
            profile: components["schemas"]["ProfileResponse"];
        };
        TitleRuleResponse: {
            titleId: string;
            /** @enum {string} */
            rule: "allow" | "deny";
            /** Format: date-time */
            updatedAt: string;
        };
        TitleRuleListResponse: {
            items: components["schemas"]["TitleRuleResponse"][];
        };
        TitleRuleBody: {
            /** @enum {string} */
            rule: "allow" | "deny";
        };
        ParentalControlsResponse: {
            profileId: string;
            /** @enum {string} */
            mode: "open" | "allow-list";
            deniedTags: string[];
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description Title rules held (allow and deny) */
            titleRuleCount: number;
        };
        ParentalControlsBody: {
            /**
             * @description open: everything within the maturity limit minus denials; allow-list: only titles allowed by a rule
             * @enum {string}
             */
            mode?: "open" | "allow-list";
            /**
             * @description Content tag slugs (GET /tags); titles with any of them are hidden. Replaces the list.
             * @example [
             *       "violence",
             *       "scary-scenes"
             *     ]
             */
            deniedTags?: string[];
        };
        LibraryItemResponse: {
            titleId: string;
            /** Format: date-time */
            addedAt: string;
        };
        LibraryPageResponse: {
            items: components["schemas"]["LibraryItemResponse"][];
            nextCursor: string | null;
        };
        ProgressBody: {
            /**
             * @description Seconds into the title.
             * @example 1312
             */
            positionSeconds: number;
            /** @example 5400 */
            durationSeconds: number;
        };
        HistoryEntryResponse: {
            titleId: string;
            positionSeconds: number;
            durationSeconds: number;
            /** @description Watched to (nearly) the end; such titles leave continue-watching. */
            finished: boolean;
            /** Format: date-time */
            watchedAt: string;
        };
        HistoryPageResponse: {
            items: components["schemas"]["HistoryEntryResponse"][];
            nextCursor: string | null;
        };
        CreatePairingCodeBody: {
            /**
             * @description The profile the device will be bound to.
             * @example 665f1c2e9b1e8a0012345678
             */
            profileId: string;
        };
        PairingCodeResponse: {
            /**
             * @description Type it on the device within 10 minutes; works once.
             * @example K7QM-X2PD
             */
            code: string;
            /** Format: date-time */
            expiresAt: string;
        };
        RedeemPairingCodeBody: {
            /** @example K7QM-X2PD */
            code: string;
            /** @example Kids room TV */
            deviceName?: string;
            /**
             * @default tv
             * @enum {string}
             */
            deviceType?: "web" | "mobile" | "tablet" | "tv" | "desktop" | "other";
        };
        TokenPairResponse: {
            /** @description JWT (HS256) for `Authorization: Bearer`. */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /** @description Opaque; rotates on every refresh. Presenting a used one ends the session. */
            refreshToken: string;
            /** Format: date-time */
            refreshTokenExpiresAt: string;
            sessionId: string;
        };
        PairedDeviceResponse: {
            id: string;
            deviceName: string;
            /** @enum {string} */
            deviceType: "web" | "mobile" | "tablet" | "tv" | "desktop" | "other";
            profileId: string;
            /** Format: date-time */
            pairedAt: string;
            /** Format: date-time */
            lastSeenAt: string;
        };
        PairedDeviceListResponse: {
            items: components["schemas"]["PairedDeviceResponse"][];
        };
        AdminUserResponse: {
            /** @example 665f1c2e9b1e8a0012345678 */
            id: string;
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            displayName: string;
            /**
             * @description Sign-in name, when the account chose one
             * @example ada_l
             */
            username: string | null;
            /** @enum {string} */
            role: "viewer" | "creator" | "staff" | "admin";
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
            disabled: boolean;
        };
        PageMeta: {
            page: number;
            limit: number;
            total: number;
            totalPages: number;
        };
        UsersPageResponse: {
            items: components["schemas"]["AdminUserResponse"][];
            meta: components["schemas"]["PageMeta"];
        };
        ChangeRoleBody: {
            /** @enum {string} */
            role: "viewer" | "creator" | "staff" | "admin";
        };
        HouseholdProvidersResponse: {
            /**
             * @example [
             *       8,
             *       337
             *     ]
             */
            providerIds: number[];
            /** @example DE */
            country: string | null;
            /** Format: date-time */
            updatedAt: string | null;
        };
        HouseholdProvidersBody: {
            /**
             * @example [
             *       8,
             *       337
             *     ]
             */
            providerIds: number[];
            /**
             * @description Where the household watches; the default country of `myServices=true`
             * @example DE
             */
            country?: string | null;
        };
        NotificationResponse: {
            id: string;
            /** @enum {string} */
            kind: "episode.new" | "upload.ready" | "payment.failed" | "subscription.renews-soon" | "comment.reply";
            /** @example New episode of Dark */
            title: string;
            /**
             * @description Plain text; never HTML.
             * @example S2E3 “Lost and Found” is now available.
             */
            body: string;
            /** @description Ids the client links to (seriesId, episodeId, videoId, transactionId, subscriptionId, commentId …). */
            data: {
                [key: string]: string;
            };
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationPageResponse: {
            items: components["schemas"]["NotificationResponse"][];
            nextCursor: string | null;
        };
        UnreadCountResponse: {
            /** @example 3 */
            unread: number;
        };
        MarkedReadResponse: {
            /**
             * @description Notifications that were unread and are now read.
             * @example 3
             */
            marked: number;
        };
        RegisterAccountRequest: {
            /** @example ada@example.com */
            email: string;
            /**
             * @description At least 10 characters with a letter and a digit; at most 72 bytes.
             * @example correct horse battery 9
             */
            password: string;
            /** @example Ada Lovelace */
            displayName: string;
            /**
             * @description Sign-in name; case-insensitive, kept lower-case.
             * @example ada_l
             */
            username?: string;
        };
        AccountResponse: {
            /** @example 665f1c2e9b1e8a0012345678 */
            id: string;
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            displayName: string;
            /**
             * @description Sign-in name, when the account chose one
             * @example ada_l
             */
            username: string | null;
            /** @enum {string} */
            role: "viewer" | "creator" | "staff" | "admin";
            emailVerified: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        TokenBody: {
            /** @description The token from the e-mail link. */
            token: string;
        };
        EmailBody: {
            /** @example ada@example.com */
            email: string;
        };
        LoginBody: {
            /**
             * @description Required unless `username` is sent.
             * @example ada@example.com
             */
            email?: string;
            /**
             * @description Sign-in name; case-insensitive, kept lower-case.
             * @example ada_l
             */
            username?: string;
            /** @example correct horse battery 9 */
            password: string;
            /** @example Living-room TV */
            deviceName?: string;
            /**
             * @default other
             * @enum {string}
             */
            deviceType?: "web" | "mobile" | "tablet" | "tv" | "desktop" | "other";
        };
        RefreshBody: {
            /** @description The refresh token of the last login or refresh; each is good for one use. */
            refreshToken: string;
        };
        ResetPasswordBody: {
            /** @description The token from the e-mail link. */
            token: string;
            /**
             * @description At least 10 characters with a letter and a digit; at most 72 bytes.
             * @example correct horse battery 9
             */
            newPassword: string;
        };
        ImageUrls: {
            /** @example https://image.tmdb.org/t/p/w185/abc.jpg */
            small: string;
            medium: string;
            large: string;
            original: string;
        };
        TitleSummary: {
            id: string;
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            /** @example 1972 */
            releaseYear: number | null;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres: string[];
            poster: components["schemas"]["ImageUrls"] | null;
            /** @description 0–10 */
            voteAverage: number;
            voteCount: number;
            popularity: number;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age. */
            unrated: boolean;
        };
        TitleSummaryPage: {
            items: components["schemas"]["TitleSummary"][];
            meta: components["schemas"]["PageMeta"];
        };
        FeedResponse: {
            items: components["schemas"]["TitleSummary"][];
            /**
             * @description What the ordering comes from (e.g. `popularity-fallback` until analytics feeds trending)
             * @example popularity
             */
            source: string;
        };
        GenreDto: {
            /** @example science-fiction */
            slug: string;
            /** @example Science Fiction */
            name: string;
            titleCount: number;
        };
        CategoryRow: {
            genre: components["schemas"]["GenreDto"];
            items: components["schemas"]["TitleSummary"][];
        };
        CategoriesResponse: {
            rows: components["schemas"]["CategoryRow"][];
        };
        CertificationDto: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country: string;
            /** @example PG-13 */
            certification: string;
        };
        CastMemberDto: {
            personId: string;
            /** @example Marlon Brando */
            name: string;
            /** @example Don Vito Corleone */
            character: string;
            /** @description Billing order, 0 first */
            order: number;
            profileUrl: string | null;
        };
        CrewMemberDto: {
            personId: string;
            name: string;
            /** @example Director */
            job: string;
            /** @example Directing */
            department: string;
        };
        ExternalIdsDto: {
            tmdb?: number;
            /** @example tt0068646 */
            imdb?: string;
            movieLens?: number;
        };
        OwnStreamDto: {
            /**
             * @example onstream
             * @enum {string}
             */
            provider: "onstream";
            /** @example 665f1c2e9b1e8a0012345678 */
            videoId: string;
            /**
             * @description Ask here for a playback URL; visibility, geo and entitlement are checked then
             * @example /api/v1/videos/665f1c2e9b1e8a0012345678/stream
             */
            url: string;
            /** @example 30 */
            durationSeconds: number;
            /**
             * @description Languages (BCP 47) of its caption and subtitle tracks
             * @example [
             *       "en",
             *       "fr"
             *     ]
             */
            captionLanguages: string[];
        };
        TmdbTrendingRanksDto: {
            /** @description Rank in TMDb’s trending of the day (1 = top) */
            day: number | null;
            week: number | null;
        };
        SeasonSummary: {
            id: string;
            title: string;
            seasonNumber: number | null;
            episodeNumber: number | null;
            /** Format: date */
            releaseDate: string | null;
        };
        WatchOfferDto: {
            /**
             * @description TMDb provider id
             * @example 8
             */
            providerId: number;
            /** @example Netflix */
            name: string;
            /** @example https://image.tmdb.org/t/p/w92/pbpMk2JmcoNnQwx5JGpXngfoWtp.jpg */
            logoUrl: string | null;
        };
        WhereToWatchDto: {
            /** @example DE */
            country: string;
            /** @description TMDb page listing the offers */
            link: string | null;
            /** @description Included in a subscription */
            flatrate: components["schemas"]["WatchOfferDto"][];
            rent: components["schemas"]["WatchOfferDto"][];
            buy: components["schemas"]["WatchOfferDto"][];
        };
        CommunityRatingDto: {
            /** @description Mean stars (1–5) of our viewers; null before the first rating */
            average: number | null;
            count: number;
        };
        TitlePage: {
            id: string;
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            /** @example 1972 */
            releaseYear: number | null;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres: string[];
            poster: components["schemas"]["ImageUrls"] | null;
            /** @description 0–10 */
            voteAverage: number;
            voteCount: number;
            popularity: number;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age. */
            unrated: boolean;
            originalTitle: string | null;
            overview: string | null;
            tagline: string | null;
            /** Format: date */
            releaseDate: string | null;
            runtimeMinutes: number | null;
            /** @example en */
            originalLanguage: string | null;
            /**
             * @example [
             *       "en",
             *       "it"
             *     ]
             */
            languages: string[];
            /**
             * @example [
             *       "US"
             *     ]
             */
            countries: string[];
            backdrop: components["schemas"]["ImageUrls"] | null;
            certifications: components["schemas"]["CertificationDto"][];
            cast: components["schemas"]["CastMemberDto"][];
            crew: components["schemas"]["CrewMemberDto"][];
            keywords: string[];
            /** @example https://www.youtube.com/embed/sY1S34973zA */
            trailerUrl: string | null;
            externalIds: components["schemas"]["ExternalIdsDto"];
            /**
             * @description Licence and attribution to show with the title, when known
             * @example CC BY 3.0 · Blender Foundation
             */
            license: string | null;
            featured: boolean;
            /** @description Series of a season, season of an episode */
            parentId: string | null;
            seasonNumber: number | null;
            episodeNumber: number | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Content tag slugs (GET /tags)
             * @example [
             *       "violence"
             *     ]
             */
            tags: string[];
            /** @description true when OnStream streams it itself (a ready media asset) */
            playable: boolean;
            /** @description Our own stream, when playable */
            stream: components["schemas"]["OwnStreamDto"] | null;
            /** @description Ranks in TMDb’s trending lists at the last nightly refresh */
            tmdbTrending: components["schemas"]["TmdbTrendingRanksDto"];
            /** @description Content-based: shared genres, keywords, cast and crew */
            similar: components["schemas"]["TitleSummary"][];
            /** @description Seasons of a series, episodes of a season; empty otherwise */
            children: components["schemas"]["SeasonSummary"][];
            /** @description Licensed offers in the requested (or the viewer’s) country; null when none are known there */
            whereToWatch: components["schemas"]["WhereToWatchDto"] | null;
            /** @description Ratings by our viewers (thumbs count as 5 or 1 star), counted from the ratings themselves; live, not cached */
            communityRating: components["schemas"]["CommunityRatingDto"];
        };
        CertificationInput: {
            /** @example US */
            country: string;
            /** @example PG-13 */
            certification: string;
        };
        CastInput: {
            /** @example Marlon Brando */
            name: string;
            /** @example Don Vito Corleone */
            character?: string;
            /** @description Billing order; defaults to the position in the list */
            order?: number;
            /** @description TMDb person id */
            tmdbId?: number;
            /** @example /3FfWqz0a.jpg */
            profilePath?: string;
        };
        CrewInput: {
            name: string;
            /** @example Director */
            job: string;
            /** @example Directing */
            department: string;
            tmdbId?: number;
        };
        ExternalIdsInput: {
            tmdb?: number;
            /** @example tt0068646 */
            imdb?: string;
            movieLens?: number;
        };
        TitleInput: {
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            originalTitle?: string;
            overview?: string;
            tagline?: string;
            /**
             * Format: date
             * @example 1972-03-14
             */
            releaseDate?: string;
            /** @example 175 */
            runtimeMinutes?: number;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres?: string[];
            /** @example en */
            originalLanguage?: string;
            /**
             * @example [
             *       "en"
             *     ]
             */
            languages?: string[];
            /**
             * @example [
             *       "US"
             *     ]
             */
            countries?: string[];
            /** @example /3bhkrj58Vtu7enYsRolD1fZdja1.jpg */
            posterPath?: string;
            backdropPath?: string;
            voteAverage?: number;
            voteCount?: number;
            popularity?: number;
            certifications?: components["schemas"]["CertificationInput"][];
            /**
             * @description Overrides the level derived from certifications
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
            cast?: components["schemas"]["CastInput"][];
            crew?: components["schemas"]["CrewInput"][];
            keywords?: string[];
            /**
             * @description YouTube video id of the trailer
             * @example sY1S34973zA
             */
            trailerYouTubeKey?: string;
            externalIds?: components["schemas"]["ExternalIdsInput"];
            /** @description Shown in the featured (hero) feed */
            featured?: boolean;
            /** @description Series of a season, season of an episode */
            parentId?: string;
            seasonNumber?: number;
            episodeNumber?: number;
            /**
             * @description Media video this title streams (POST /videos). Link it before uploading the file: the title becomes playable when the video is ready. Media still checks the video’s own visibility, geo rules and entitlement on every stream.
             * @example 665f1c2e9b1e8a0012345678
             */
            mediaVideoId?: string;
        };
        TitleDetails: {
            id: string;
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            /** @example 1972 */
            releaseYear: number | null;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres: string[];
            poster: components["schemas"]["ImageUrls"] | null;
            /** @description 0–10 */
            voteAverage: number;
            voteCount: number;
            popularity: number;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age. */
            unrated: boolean;
            originalTitle: string | null;
            overview: string | null;
            tagline: string | null;
            /** Format: date */
            releaseDate: string | null;
            runtimeMinutes: number | null;
            /** @example en */
            originalLanguage: string | null;
            /**
             * @example [
             *       "en",
             *       "it"
             *     ]
             */
            languages: string[];
            /**
             * @example [
             *       "US"
             *     ]
             */
            countries: string[];
            backdrop: components["schemas"]["ImageUrls"] | null;
            certifications: components["schemas"]["CertificationDto"][];
            cast: components["schemas"]["CastMemberDto"][];
            crew: components["schemas"]["CrewMemberDto"][];
            keywords: string[];
            /** @example https://www.youtube.com/embed/sY1S34973zA */
            trailerUrl: string | null;
            externalIds: components["schemas"]["ExternalIdsDto"];
            /**
             * @description Licence and attribution to show with the title, when known
             * @example CC BY 3.0 · Blender Foundation
             */
            license: string | null;
            featured: boolean;
            /** @description Series of a season, season of an episode */
            parentId: string | null;
            seasonNumber: number | null;
            episodeNumber: number | null;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Content tag slugs (GET /tags)
             * @example [
             *       "violence"
             *     ]
             */
            tags: string[];
            /** @description true when OnStream streams it itself (a ready media asset) */
            playable: boolean;
            /** @description Our own stream, when playable */
            stream: components["schemas"]["OwnStreamDto"] | null;
            /** @description Ranks in TMDb’s trending lists at the last nightly refresh */
            tmdbTrending: components["schemas"]["TmdbTrendingRanksDto"];
        };
        TitleChanges: {
            /** @enum {string} */
            type?: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title?: string;
            originalTitle?: string;
            overview?: string;
            tagline?: string;
            /**
             * Format: date
             * @example 1972-03-14
             */
            releaseDate?: string;
            /** @example 175 */
            runtimeMinutes?: number;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres?: string[];
            /** @example en */
            originalLanguage?: string;
            /**
             * @example [
             *       "en"
             *     ]
             */
            languages?: string[];
            /**
             * @example [
             *       "US"
             *     ]
             */
            countries?: string[];
            /** @example /3bhkrj58Vtu7enYsRolD1fZdja1.jpg */
            posterPath?: string;
            backdropPath?: string;
            voteAverage?: number;
            voteCount?: number;
            popularity?: number;
            certifications?: components["schemas"]["CertificationInput"][];
            /**
             * @description Overrides the level derived from certifications
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
            cast?: components["schemas"]["CastInput"][];
            crew?: components["schemas"]["CrewInput"][];
            keywords?: string[];
            /**
             * @description YouTube video id of the trailer
             * @example sY1S34973zA
             */
            trailerYouTubeKey?: string;
            externalIds?: components["schemas"]["ExternalIdsInput"];
            /** @description Shown in the featured (hero) feed */
            featured?: boolean;
            /** @description Series of a season, season of an episode */
            parentId?: string;
            seasonNumber?: number;
            episodeNumber?: number;
            /**
             * @description Media video this title streams (POST /videos). Link it before uploading the file: the title becomes playable when the video is ready. Media still checks the video’s own visibility, geo rules and entitlement on every stream.
             * @example 665f1c2e9b1e8a0012345678
             */
            mediaVideoId?: string;
        };
        DeletedResponse: {
            id: string;
            /** @description Titles removed with it (seasons and episodes of a series) */
            deletedCount: number;
        };
        TrailerResponse: {
            /**
             * @description YouTube embed URL of the TMDb trailer; null when the title has none
             * @example https://www.youtube.com/embed/sY1S34973zA
             */
            trailerUrl: string | null;
        };
        SearchResultItem: {
            id: string;
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            /** @example 1972 */
            releaseYear: number | null;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres: string[];
            poster: components["schemas"]["ImageUrls"] | null;
            /** @description 0–10 */
            voteAverage: number;
            voteCount: number;
            popularity: number;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age. */
            unrated: boolean;
            /** @description Relevance blended with popularity; higher first */
            score: number;
        };
        FacetCount: {
            value: string;
            count: number;
        };
        SearchFacets: {
            genres: components["schemas"]["FacetCount"][];
            /** @description Release years, newest first */
            years: components["schemas"]["FacetCount"][];
            types: components["schemas"]["FacetCount"][];
        };
        SearchResponse: {
            items: components["schemas"]["SearchResultItem"][];
            meta: components["schemas"]["PageMeta"];
            /** @description Counts over every match, before paging */
            facets: components["schemas"]["SearchFacets"];
        };
        GenreListResponse: {
            items: components["schemas"]["GenreDto"][];
        };
        CacheClearedResponse: {
            cleared: boolean;
        };
        ImportStatusResponse: {
            /** @enum {string} */
            status: "idle" | "running" | "done" | "failed" | "not-configured";
            /** @description Titles written so far */
            processed: number;
            total: number;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            durationMs: number | null;
            error: string | null;
        };
        ContentTagResponse: {
            /** @example scary-scenes */
            slug: string;
            /** @example Scary scenes */
            name: string;
            /** @example Moments that may frighten young children. */
            description: string;
            /** @description Titles carrying the tag */
            titleCount: number;
            /** Format: date-time */
            updatedAt: string;
        };
        ContentTagListResponse: {
            items: components["schemas"]["ContentTagResponse"][];
        };
        TagInput: {
            /** @example scary-scenes */
            slug: string;
            /** @example Scary scenes */
            name: string;
            /** @example Moments that may frighten young children. */
            description?: string;
        };
        TagChanges: {
            /** @example Scary scenes */
            name?: string;
            /** @example Moments that may frighten young children. */
            description?: string;
        };
        TagDeletedResponse: {
            slug: string;
            /** @description Titles the tag was removed from */
            untaggedTitles: number;
        };
        TitleTagsResponse: {
            id: string;
            /**
             * @example [
             *       "violence"
             *     ]
             */
            tags: string[];
        };
        ApprovedDeepLink: {
            titleId: string;
            /** @example 8 */
            providerId: number;
            url: string;
            /** @description Set when the link opens one episode */
            seasonNumber: number | null;
            episodeNumber: number | null;
        };
        ApprovedContentPage: {
            items: components["schemas"]["TitleSummary"][];
            meta: components["schemas"]["PageMeta"];
            /** @description The profile the device is paired to */
            profileId: string;
            /** @description Changes whenever the parent changes what the device may show */
            policyVersion: string;
            /** @description For the listed titles: the best accepted deep link per title and provider */
            deepLinks: components["schemas"]["ApprovedDeepLink"][];
        };
        DeepLinkReportBody: {
            /**
             * @description The movie or series (`_id`).
             * @example 665f1c2e9b1e8a0012345678
             */
            titleId: string;
            /**
             * @description TMDb watch-provider id (8 = Netflix).
             * @example 8
             */
            providerId: number;
            /**
             * @description https on a public host, or a streaming app scheme: nflx, disneyplus, aiv, primevideo, hulu, hbomax, max, paramountplus, peacock, appletv, videos, youtube, vnd.youtube, crunchyroll, plex, tubi, pluto, sling, fubotv, starz, mubi.
             * @example https://www.netflix.com/title/80057281
             */
            url: string;
            /**
             * @description With `episodeNumber`: the link opens this episode of a series.
             * @example 1
             */
            seasonNumber?: number;
            /** @example 1 */
            episodeNumber?: number;
        };
        DeepLinkReportResponse: {
            titleId: string;
            /** @example 8 */
            providerId: number;
            url: string;
            /** @description Set when the link opens one episode */
            seasonNumber: number | null;
            episodeNumber: number | null;
            id: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            /** @description false when this device had reported the same link before (a repeat changes nothing) */
            counted: boolean;
        };
        RatingBody: {
            /**
             * @description 1–5 stars; or send `thumb` instead
             * @example 4
             */
            stars?: number;
            /**
             * @description Thumbs up or down; counts as 5 or 1 star in averages
             * @enum {string}
             */
            thumb?: "up" | "down";
        };
        RatingResponse: {
            titleId: string;
            /** @description Stars given; a thumb counts as 5 (up) or 1 (down) */
            stars: number;
            /**
             * @description Set when the rating was a thumb
             * @enum {string|null}
             */
            thumb: "up" | "down" | null;
            /** Format: date-time */
            ratedAt: string;
        };
        RatingRemovedResponse: {
            titleId: string;
            /** @description false when there was no rating to remove */
            removed: boolean;
        };
        RatingPageResponse: {
            items: components["schemas"]["RatingResponse"][];
            meta: components["schemas"]["PageMeta"];
        };
        BecauseYouWatchedRow: {
            /** @description The title the row is about ("because you watched …") */
            seed: components["schemas"]["TitleSummary"];
            items: components["schemas"]["TitleSummary"][];
        };
        BecauseYouWatchedResponse: {
            /** @description Empty until the model is trained or the profile liked anything */
            rows: components["schemas"]["BecauseYouWatchedRow"][];
        };
        WatchProviderDto: {
            /** @example 8 */
            providerId: number;
            /** @example Netflix */
            name: string;
            logoUrl: string | null;
            /** @description TMDb’s display priority; lower first */
            displayPriority: number;
            /**
             * @description Countries where a catalog title is offered on it
             * @example [
             *       "DE",
             *       "US"
             *     ]
             */
            countries: string[];
        };
        WatchProviderListResponse: {
            items: components["schemas"]["WatchProviderDto"][];
        };
        SeriesImportResponse: {
            series: components["schemas"]["TitleDetails"];
            /** @description Seasons written (created or refreshed) */
            seasons: number;
            /** @description Episodes written (created or refreshed) */
            episodes: number;
        };
        StartBackfillBody: {
            /**
             * @description episodes: seasons and episodes of series; images: posters and backdrops; providers: where to watch; deep-links: app links (S1E1 for series) from the deep-link provider
             * @enum {string}
             */
            kind: "episodes" | "images" | "providers" | "deep-links";
        };
        CatalogJobResponse: {
            id: string;
            /** @enum {string} */
            kind: "episodes" | "images" | "providers" | "deep-links" | "tmdb-refresh" | "recommender-training";
            /** @enum {string} */
            state: "waiting" | "active" | "completed" | "failed" | "delayed" | "unknown";
            /** @description Titles handled so far (including failed ones) */
            processed: number;
            /** @description Titles to handle; 0 until the job has started */
            total: number;
            /** @description Titles TMDb failed on */
            failed: number;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            error: string | null;
        };
        PersonCredit: {
            id: string;
            /** @enum {string} */
            type: "movie" | "series" | "season" | "episode" | "creator_video";
            /** @example The Godfather */
            title: string;
            /** @example 1972 */
            releaseYear: number | null;
            /**
             * @example [
             *       "Crime",
             *       "Drama"
             *     ]
             */
            genres: string[];
            poster: components["schemas"]["ImageUrls"] | null;
            /** @description 0–10 */
            voteAverage: number;
            voteCount: number;
            popularity: number;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @description No certification and no staff rating: maturityLevel is a provisional 18+ (kid profiles see the title only when a parent allows it); show "Unrated", not an age. */
            unrated: boolean;
            /**
             * @description Cast credits
             * @example Don Vito Corleone
             */
            character?: string;
            /**
             * @description Crew credits
             * @example Director
             */
            job?: string;
            /** @example Directing */
            department?: string;
        };
        PersonPage: {
            id: string;
            /** @example Marlon Brando */
            name: string;
            profileUrl: string | null;
            /** @description TMDb person id */
            tmdbId: number | null;
            /** @description Acting credits, newest first */
            cast: components["schemas"]["PersonCredit"][];
            /** @description Crew credits, newest first */
            crew: components["schemas"]["PersonCredit"][];
        };
        DeepLinkResponse: {
            titleId: string;
            /** @example 8 */
            providerId: number;
            url: string;
            /** @description Set when the link opens one episode */
            seasonNumber: number | null;
            episodeNumber: number | null;
            id: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            /** @enum {string} */
            source: "device" | "backfill";
            /** @description Distinct devices that reported it */
            reports: number;
            /** Format: date-time */
            createdAt: string;
            /** @description The staff user who accepted or rejected it */
            reviewedBy: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
        };
        DeepLinkPage: {
            items: components["schemas"]["DeepLinkResponse"][];
            /** @description For `?cursor=`; null on the last page */
            nextCursor: string | null;
        };
        ReviewDecisionBody: {
            /**
             * @description accept: it takes effect (a deep link reaches launchers, a tag goes on the title); reject: it never does. A decision may be changed later.
             * @enum {string}
             */
            decision: "accept" | "reject";
        };
        WikiTagImportBody: {
            /**
             * @description The title to propose tags for (`_id`).
             * @example 665f1c2e9b1e8a0012345678
             */
            titleId: string;
            /**
             * @description A page title of the configured wiki (not a URL).
             * @example Bluey (TV series)
             */
            page: string;
        };
        TagProposalResponse: {
            id: string;
            titleId: string;
            /**
             * @description An existing content tag
             * @example scary-scenes
             */
            slug: string;
            /**
             * @description The wiki page it came from
             * @example Bluey (TV series)
             */
            wikiPage: string;
            /**
             * @description The page’s category that matched the tag
             * @example Category:Scary scenes
             */
            category: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "rejected";
            /** Format: date-time */
            createdAt: string;
            reviewedBy: string | null;
            /** Format: date-time */
            reviewedAt: string | null;
        };
        WikiTagImportResponse: {
            titleId: string;
            /** @description The page as the wiki names it (after redirects) */
            page: string;
            /** @description Proposals for tags the title does not carry yet (a repeat import finds the same ones) */
            proposals: components["schemas"]["TagProposalResponse"][];
            /** @description Categories of the page no content tag matches (create a tag to use one) */
            unmatchedCategories: string[];
        };
        TagProposalPage: {
            items: components["schemas"]["TagProposalResponse"][];
            /** @description For `?cursor=`; null on the last page */
            nextCursor: string | null;
        };
        PlanFeatures: {
            /** @enum {string} */
            maxQuality: "480p" | "720p" | "1080p" | "2160p";
            /** @description Devices signed in at once */
            maxDevices: number;
            maxStreams: number;
            downloads: boolean;
        };
        PlanResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            interval: "month" | "year";
            /** @description Minor units, before tax */
            price: number;
            currency: string;
            trialDays: number;
            features: components["schemas"]["PlanFeatures"];
            /** Format: date-time */
            createdAt: string;
        };
        CreatePlanBody: {
            /** @example Standard */
            name: string;
            /** @enum {string} */
            interval: "month" | "year";
            /**
             * @description Price per interval in minor units (cents), before tax; an integer ≥ 0.
             * @example 999
             */
            price: number;
            /**
             * @description ISO 4217 code; must be one of BILLING_CURRENCIES.
             * @example EUR
             */
            currency: string;
            /** @example 7 */
            trialDays: number;
            features: components["schemas"]["PlanFeatures"];
        };
        SubscribeBody: {
            /**
             * @description Payment method: a provider token (Stripe `pm_…`) or, with the sandbox provider, a test card number.
             * @example 4242 4242 4242 4242
             */
            paymentMethod: string;
            /**
             * @description Buyer’s country (ISO 3166-1 alpha-2): selects the tax rate.
             * @example DE
             */
            country: string;
            /** Format: uuid */
            planId: string;
        };
        NextAction: {
            /** @enum {string} */
            type: "authenticate";
            /** @description Provider payment id the authentication belongs to */
            providerPaymentId: string;
        };
        TransactionResponse: {
            /** Format: uuid */
            id: string;
            userId: string;
            /** @enum {string} */
            type: "charge" | "refund" | "ppv" | "payout" | "ad_revenue";
            /** @enum {string} */
            status: "pending" | "completed" | "failed" | "refunded";
            /** @description Total in minor units, tax included */
            amount: number;
            /** @description Amount before tax, minor units */
            netAmount: number;
            /** @description Tax in minor units */
            taxAmount: number;
            /** @description Tax rate in basis points (1900 = 19 %) */
            taxRate: number;
            /** @example DE */
            taxCountry: string;
            currency: string;
            /** @example sandbox:card */
            method: string;
            description: string;
            /** @description The charge a refund belongs to */
            refundOf?: string;
            nextAction?: components["schemas"]["NextAction"];
            /** @description Provider failure code, e.g. card_declined */
            failureCode?: string;
            metadata: {
                [key: string]: string;
            };
            /** Format: date-time */
            createdAt: string;
        };
        SubscriptionResponse: {
            /** Format: uuid */
            id: string;
            userId: string;
            /** Format: uuid */
            planId: string;
            /** @enum {string} */
            status: "incomplete" | "trialing" | "active" | "past_due" | "canceled" | "expired";
            /** Format: date-time */
            currentPeriodStart: string;
            /** Format: date-time */
            currentPeriodEnd: string;
            /** Format: date-time */
            trialEnd?: string;
            cancelAtPeriodEnd: boolean;
            /** Format: date-time */
            endedAt?: string;
            /**
             * Format: date-time
             * @description When the next charge (renewal or dunning retry) is due
             */
            nextChargeAt?: string;
            /** @description Next charge before tax, minor units, after credit */
            nextChargeAmount?: number;
            /** @description Credit from downgrades, applied to the next renewal (minor units) */
            creditBalance: number;
            currency: string;
            /** @description Failed renewal attempts in the current dunning run */
            failedAttempts: number;
            /** @description The payment made by this request, if any */
            payment?: components["schemas"]["TransactionResponse"];
        };
        CancelSubscriptionBody: {
            /** @description true: keep access until the period ends; false: end now */
            atPeriodEnd: boolean;
        };
        ChangePlanBody: {
            /** Format: uuid */
            planId: string;
        };
        Proration: {
            /** @description Unused part of the old plan, minor units */
            credit: number;
            /** @description Remaining part of the new plan, minor units */
            charge: number;
            /** @description charge − credit (negative: credit kept for the next renewal) */
            net: number;
            remainingSeconds: number;
            periodSeconds: number;
        };
        ChangePlanResponse: {
            subscription: components["schemas"]["SubscriptionResponse"];
            proration: components["schemas"]["Proration"];
        };
        PaymentMethodBody: {
            /**
             * @description Payment method: a provider token (Stripe `pm_…`) or, with the sandbox provider, a test card number.
             * @example 4242 4242 4242 4242
             */
            paymentMethod: string;
        };
        PutPpvOfferBody: {
            /** @example creator_7 */
            creatorId: string;
            /** @example EUR */
            currency: string;
            /** @description Permanent purchase price, minor units */
            purchasePrice?: number;
            /** @description Rental price, minor units (window: BILLING_RENTAL_HOURS) */
            rentalPrice?: number;
            /** @enum {string} */
            maxQuality: "480p" | "720p" | "1080p" | "2160p";
        };
        PpvOfferResponse: {
            videoId: string;
            creatorId: string;
            currency: string;
            purchasePrice?: number;
            rentalPrice?: number;
            /** @enum {string} */
            maxQuality: "480p" | "720p" | "1080p" | "2160p";
        };
        PurchasePpvBody: {
            /**
             * @description Payment method: a provider token (Stripe `pm_…`) or, with the sandbox provider, a test card number.
             * @example 4242 4242 4242 4242
             */
            paymentMethod: string;
            /**
             * @description Buyer’s country (ISO 3166-1 alpha-2): selects the tax rate.
             * @example DE
             */
            country: string;
            /** @example vid_42 */
            videoId: string;
            /** @enum {string} */
            option: "purchase" | "rental";
        };
        PurchaseResponse: {
            /** Format: uuid */
            id: string;
            videoId: string;
            /** @enum {string} */
            option: "purchase" | "rental";
            /** @enum {string} */
            status: "pending" | "active" | "failed" | "refunded";
            /**
             * Format: date-time
             * @description Rentals only
             */
            expiresAt?: string;
            payment: components["schemas"]["TransactionResponse"];
        };
        EntitlementResponse: {
            allowed: boolean;
            /** @enum {string} */
            source: "subscription" | "ppv" | "none";
            /** @enum {string} */
            maxQuality?: "480p" | "720p" | "1080p" | "2160p";
            maxDevices: number;
            maxStreams: number;
            downloads: boolean;
            /**
             * Format: date-time
             * @description When this answer stops being true (end of period or rental)
             */
            expiresAt?: string;
        };
        HistoryPage: {
            items: components["schemas"]["TransactionResponse"][];
            meta: components["schemas"]["PageMeta"];
        };
        ReceiptLine: {
            description: string;
            /** @description Minor units */
            amount: number;
        };
        ReceiptResponse: {
            /** @example R-20270101-1A2B3C4D */
            receiptNumber: string;
            transaction: components["schemas"]["TransactionResponse"];
            lines: components["schemas"]["ReceiptLine"][];
            /** @description Refunds of this charge */
            refunds: components["schemas"]["TransactionResponse"][];
            /** @description Charged minus refunded, minor units (derived from the ledger) */
            balance: number;
        };
        RefundBody: {
            /** @description Minor units; omitted: whatever is not yet refunded */
            amount?: number;
            reason?: string;
        };
        WebhookReceipt: {
            received: boolean;
            /** @description The event id was seen before; nothing was applied again */
            duplicate: boolean;
        };
        RevenuePeriod: {
            /** @example 2027-01 */
            period: string;
            currency: string;
            /** @description PPV sales net of tax and refunds, minor units */
            ppvNet: number;
            /** @description This creator’s part of the month’s subscription revenue: an even split among the creators with sales that month (the platform-wide pool is not shown) */
            subscriptionPart: number;
            /** @description Ad impressions on the creator’s videos (ad_revenue entries) */
            adImpressions: number;
            /** @description Ad revenue, minor units: Σ CPM of the impressions / 1000, rounded half up once per month */
            adNet: number;
            /** @description (ppvNet + subscriptionPart + adNet) × revenue share, rounded half up */
            earnings: number;
            /**
             * @description Payout of this month and currency: none yet (or only failed ones), being paid, or paid
             * @enum {string}
             */
            payoutStatus: "unpaid" | "pending" | "completed";
        };
        RevenueByVideo: {
            videoId: string;
            currency: string;
            sales: number;
            /** @description Ad impressions */
            adImpressions: number;
            /** @description PPV net of tax and refunds, plus ad revenue (rounded half up once) */
            net: number;
            earnings: number;
        };
        RevenueTotal: {
            currency: string;
            earnings: number;
            /** @description Sum of completed payouts (ledger type payout) */
            paidOut: number;
            /** @description Sum of payouts made but not yet settled */
            pendingPayout: number;
            /** @description earnings − paidOut − pendingPayout */
            unpaid: number;
        };
        PayoutResponse: {
            /**
             * Format: uuid
             * @description The payout’s ledger entry (type payout)
             */
            id: string;
            creatorId: string;
            /** @example 2027-01 */
            period: string;
            currency: string;
            /** @description Minor units: the month’s earnings when the payout was made */
            amount: number;
            /** @enum {string} */
            status: "pending" | "completed" | "failed";
            note?: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreatorRevenueResponse: {
            creatorId: string;
            /** @description Creator’s share in basis points (BILLING_CREATOR_SHARE_BPS) */
            shareBps: number;
            /**
             * @description How subscription revenue is split among creators
             * @enum {string}
             */
            subscriptionSplit: "even";
            periods: components["schemas"]["RevenuePeriod"][];
            videos: components["schemas"]["RevenueByVideo"][];
            totals: components["schemas"]["RevenueTotal"][];
            /** @description Payout history, newest first (failed ones included) */
            payouts: components["schemas"]["PayoutResponse"][];
        };
        CreatePayoutBody: {
            /**
             * @description The ended month (UTC) whose unpaid earnings are paid out
             * @example 2027-01
             */
            period: string;
            /**
             * @description Currency of the earnings to pay (one payout per creator, month and currency)
             * @example EUR
             */
            currency: string;
        };
        SettlePayoutBody: {
            /**
             * @description What the bank transfer did: completed, or failed (the month may then be paid out again)
             * @enum {string}
             */
            status: "completed" | "failed";
            /** @description Bank reference or failure reason */
            note?: string;
        };
        SetBillingClockBody: {
            /** Format: date-time */
            now: string;
        };
        BillingClockResponse: {
            /** Format: date-time */
            now: string;
        };
        RenewalRunReport: {
            /** Format: date-time */
            asOf: string;
            renewed: number;
            failed: number;
            expired: number;
            canceled: number;
            /** @description Renews-soon notices published (BILLING_RENEWAL_NOTICE_DAYS before a period ends). */
            noticed: number;
            /** @description Payments whose lost outcome was asked of the provider and settled. */
            reconciled?: number;
        };
        AdConfig: {
            /**
             * @description An ad break before the video starts.
             * @example true
             */
            preRoll: boolean;
            /**
             * @description Ad breaks during the video (every `frequency` minutes, or at `cuePoints`).
             * @example true
             */
            midRoll: boolean;
            /**
             * @description An ad break after the video ends.
             * @example false
             */
            postRoll: boolean;
            /**
             * @description Minutes between mid-rolls; required for mid-rolls without cue points. More than 0.
             * @example 5
             */
            frequency?: number;
            /**
             * @description Mid-roll positions in seconds from the start (each within the video; snapped to a segment boundary). Wins over `frequency`.
             * @example [
             *       30,
             *       95.5
             *     ]
             */
            cuePoints?: number[];
        };
        Monetization: {
            /**
             * @example free
             * @enum {string}
             */
            model: "free" | "subscription" | "pay_per_view" | "ad_supported";
            /**
             * @description Price in minor units (cents); required for pay_per_view.
             * @example 499
             */
            priceMinor?: number;
            /**
             * @description ISO 4217 currency; required with a price.
             * @example EUR
             */
            currency?: string;
            /** @description ad_supported only: where the ad breaks go (default: a pre-roll only). */
            adConfig?: components["schemas"]["AdConfig"];
        };
        GeoRules: {
            /**
             * @description ISO 3166-1 alpha-2 countries allowed; empty: everywhere.
             * @example []
             */
            allow: string[];
            /**
             * @description ISO 3166-1 alpha-2 countries denied (wins over allow).
             * @example [
             *       "KP"
             *     ]
             */
            deny: string[];
        };
        VideoFields: {
            /** @example Sunrise over the bay */
            title: string;
            description?: string;
            /** @example travel */
            category: string;
            /**
             * @example [
             *       "nature",
             *       "timelapse"
             *     ]
             */
            tags?: string[];
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language: string;
            /**
             * @example private
             * @enum {string}
             */
            visibility: "public" | "private" | "unlisted" | "scheduled";
            /**
             * Format: date-time
             * @description Required when visibility is scheduled.
             */
            publishAt?: string;
            monetization: components["schemas"]["Monetization"];
            geo?: components["schemas"]["GeoRules"];
            /**
             * @description Encrypt the HLS output (AES-128, per-asset key).
             * @default false
             */
            drm?: boolean;
            /**
             * @description Who may watch: kid profiles and paired devices above their limit are refused. Unrated videos count as 18+ until their creator rates them.
             * @default 18+
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
        };
        ProcessingState: {
            /** @enum {string} */
            stage: "queued" | "probing" | "transcoding" | "images" | "publishing" | "done";
            percent: number;
            /** @description Why processing failed, for the creator. */
            failureReason?: string;
        };
        RenditionInfo: {
            /** @example 720p */
            name: string;
            width: number;
            height: number;
            /** @description Average bits per second */
            bandwidth: number;
        };
        VideoResponse: {
            id: string;
            ownerId: string;
            title: string;
            description?: string;
            category: string;
            tags: string[];
            language: string;
            /** @enum {string} */
            visibility: "public" | "private" | "unlisted" | "scheduled";
            /** Format: date-time */
            publishAt?: string;
            monetization: components["schemas"]["Monetization"];
            geo: components["schemas"]["GeoRules"];
            drm: boolean;
            /** @enum {string} */
            maturityLevel: "all" | "7+" | "13+" | "16+" | "18+";
            /** @enum {string} */
            status: "awaiting_upload" | "processing" | "ready" | "failed";
            processing?: components["schemas"]["ProcessingState"];
            /** @description Seconds */
            durationSeconds?: number;
            renditions: components["schemas"]["RenditionInfo"][];
            /** @description A custom poster (uploaded with tus, `kind thumbnail`) replaces the generated one. */
            customPoster: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        VideoListResponse: {
            items: components["schemas"]["VideoResponse"][];
            page: number;
            limit: number;
            total: number;
        };
        VideoChanges: {
            /** @example Sunrise over the bay */
            title?: string;
            description?: string;
            /** @example travel */
            category?: string;
            /**
             * @example [
             *       "nature",
             *       "timelapse"
             *     ]
             */
            tags?: string[];
            /**
             * @description BCP 47 language tag
             * @example en
             */
            language?: string;
            /**
             * @example private
             * @enum {string}
             */
            visibility?: "public" | "private" | "unlisted" | "scheduled";
            /**
             * Format: date-time
             * @description Required when visibility is scheduled.
             */
            publishAt?: string;
            monetization?: components["schemas"]["Monetization"];
            geo?: components["schemas"]["GeoRules"];
            /**
             * @description Encrypt the HLS output (AES-128, per-asset key).
             * @default false
             */
            drm?: boolean;
            /**
             * @description Who may watch: kid profiles and paired devices above their limit are refused. Unrated videos count as 18+ until their creator rates them.
             * @default 18+
             * @enum {string}
             */
            maturityLevel?: "all" | "7+" | "13+" | "16+" | "18+";
        };
        AdBreakInfo: {
            /**
             * @description Stable within the video: the VMAP breakId and the DATERANGE ID.
             * @example midroll-2
             */
            id: string;
            /** @enum {string} */
            kind: "preroll" | "midroll" | "postroll";
            /**
             * @description Media time of the break in seconds (a segment boundary; the end of the video for a post-roll).
             * @example 300
             */
            offsetSeconds: number;
            /**
             * @description VMAP timeOffset: `start`, `end` or HH:MM:SS.mmm.
             * @example 00:05:00.000
             */
            timeOffset: string;
        };
        StreamAds: {
            /**
             * @description VMAP 1.0 document of this playback (relative to the API host; fetched with the access token like the playlists).
             * @example /api/v1/playback/665f.../tok/ads.vmap
             */
            vmap: string;
            breaks: components["schemas"]["AdBreakInfo"][];
        };
        StreamResponse: {
            /**
             * @description Master playlist URL (relative to the API host) carrying the playback grant of this stream.
             * @example /api/v1/playback/665f.../master.m3u8?token=...
             */
            manifestUrl: string;
            /**
             * Format: date-time
             * @description When the grant lapses unless the player keeps fetching: a fetch after it renews the grant while the session and entitlement last.
             */
            expiresAt: string;
            /** @description Id of this playback (one per stream start). */
            playbackId: string;
            /** @description The `sessionId` this playback’s analytics events must carry (POST /events): events under a session id media did not issue for that video are refused. */
            playbackSessionId: string;
            /** @description Whether segments are AES-128 encrypted. */
            encrypted: boolean;
            /** @description Signed URL of the poster image (JPEG), valid as long as the token. */
            posterUrl: string;
            /** @description Storyboard WebVTT (relative to the API host) whose cues point at signed sprite URLs with #xywh= tiles. */
            storyboardUrl: string;
            /**
             * @description Renditions this viewer receives, highest first: those above the plan’s maximum quality are left out of the master playlist.
             * @example [
             *       "720p",
             *       "480p"
             *     ]
             */
            renditions: string[];
            /** @description ad_supported videos: the VMAP of this playback and its breaks (also EXT-X-DATERANGE tags in the media playlists). */
            ads?: components["schemas"]["StreamAds"];
        };
        CaptionUploadBody: {
            /**
             * @description `captions` (for the deaf and hard of hearing) and `descriptions` are announced with CHARACTERISTICS in the master playlist.
             * @default subtitles
             * @enum {string}
             */
            kind?: "subtitles" | "captions" | "descriptions";
            /**
             * @description The track name players show (default: the language tag).
             * @example English
             */
            label?: string;
            /** @description Selected by default (at most one track: setting it clears the others). */
            default?: boolean;
            /** @description Forced subtitles (shown even when the viewer turned subtitles off). */
            forced?: boolean;
            /**
             * @description Format of `text`.
             * @enum {string}
             */
            format: "vtt" | "srt";
            /** @description The WebVTT or SubRip file as text. */
            text: string;
        };
        CaptionResponse: {
            /**
             * @description BCP 47 language tag, canonical case.
             * @example en-GB
             */
            language: string;
            /** @enum {string} */
            kind: "subtitles" | "captions" | "descriptions";
            /** @example English */
            label: string;
            default: boolean;
            forced: boolean;
            /** @description Number of cues after normalisation. */
            cues: number;
            /** @description End of the last cue, seconds. */
            lastCueEndSeconds: number;
            /** @description Size of the normalised WebVTT, bytes. */
            bytes: number;
            /** Format: date-time */
            updatedAt: string;
        };
        DroppedCaptionResponse: {
            language: string;
            /** @description End of its last cue, seconds: past the new duration. */
            lastCueEndSeconds: number;
            /** @description Duration of the content that replaced the one the captions were made for. */
            durationSeconds: number;
            /** Format: date-time */
            droppedAt: string;
        };
        CaptionListResponse: {
            items: components["schemas"]["CaptionResponse"][];
            /** @description Captions dropped when the content was replaced by a shorter one (owner and staff only). */
            dropped?: components["schemas"]["DroppedCaptionResponse"][];
        };
        PlaybackEvent: {
            /**
             * @description Client-generated, unique within the session; duplicates count once.
             * @example evt-0001
             */
            id: string;
            /**
             * @description One playback session of one video on one device.
             * @example sess-7f3a
             */
            sessionId: string;
            /** @example vid-42 */
            videoId: string;
            /** @enum {string} */
            type: "view_start" | "play" | "pause" | "seek" | "heartbeat" | "buffer_start" | "buffer_end" | "rendition_change" | "error" | "ended" | "like" | "share" | "comment" | "ad_impression" | "ad_first_quartile" | "ad_midpoint" | "ad_third_quartile" | "ad_complete" | "ad_click";
            /**
             * @description Client clock; decides the hour bucket.
             * @example 2026-11-24T02:00:00.000Z
             */
            clientTs: string;
            /** @description heartbeat, seek, pause, ended: playhead in seconds. */
            positionSec?: number;
            /** @description heartbeat, ended: seconds actually played since the previous heartbeat (watch time). */
            playedSec?: number;
            /** @description play (first of a session): milliseconds from view_start to the first frame. */
            startupMs?: number;
            /** @description buffer_end: milliseconds the player stalled. */
            stallMs?: number;
            /** @description rendition_change (required), heartbeat: current bitrate in kbit/s. */
            bitrateKbps?: number;
            /**
             * @description rendition_change: resolution of the new rendition.
             * @example 1920x1080
             */
            resolution?: string;
            /**
             * @description error: the player error code.
             * @example MEDIA_ERR_DECODE
             */
            errorCode?: string;
            /**
             * @description like, share, comment: how many (counts forwarded by other services).
             * @default 1
             */
            count?: number;
            /**
             * @description ad_* events (required): the ad break (`breakId` of the VMAP).
             * @example midroll-1
             */
            adBreakId?: string;
        };
        IngestEventsRequest: {
            /** @description Up to EVENTS_MAX_BATCH events; each is checked on its own. */
            events: components["schemas"]["PlaybackEvent"][];
        };
        EventRejection: {
            /** @description Position of the event in the batch. */
            index: number;
            id?: string;
            errors: {
                field?: string;
                message?: string;
            }[];
        };
        IngestEventsResponse: {
            /** @description Derived from the accepted events: re-sending the same batch gives the same id and counts once. */
            batchId: string;
            accepted: number;
            rejected: components["schemas"]["EventRejection"][];
        };
        ReportMetrics: {
            /** @description Sessions that played at least VIEW_THRESHOLD_SECONDS. */
            views: number;
            /** @description Distinct viewers (user, or session when anonymous) in the bucket or range. */
            uniqueViewers: number;
            /** @description view_start events (distinct sessions). */
            starts: number;
            watchTimeSec: number;
            /** @description watchTimeSec / views. */
            averageViewDurationSec: number;
            /** @description Sessions with an ended event / starts. */
            completionRate: number;
            likes: number;
            comments: number;
            shares: number;
            /** @description Mean of the first play’s startupMs. */
            averageStartupMs: number;
            /** @description Stalled time / (stalled + watched time). */
            rebufferingRatio: number;
            rebufferCount: number;
            /** @description Rebuffer events per hour watched. */
            rebuffersPerHour: number;
            /** @description Watch-time-weighted bitrate of heartbeats, kbit/s. */
            averageBitrateKbps: number;
            /** @description Sessions with an error / starts. */
            errorRate: number;
            /** @description Distinct events counted. */
            events: number;
            /** @description Ad impressions (ad_impression events: one per break and playback session). */
            adImpressions: number;
            /** @description ad_first_quartile events. */
            adFirstQuartiles: number;
            /** @description ad_midpoint events. */
            adMidpoints: number;
            /** @description ad_third_quartile events. */
            adThirdQuartiles: number;
            /** @description ad_complete events. */
            adCompletes: number;
            /** @description ad_click events. */
            adClicks: number;
        };
        ReportPoint: {
            /** @description Sessions that played at least VIEW_THRESHOLD_SECONDS. */
            views: number;
            /** @description Distinct viewers (user, or session when anonymous) in the bucket or range. */
            uniqueViewers: number;
            /** @description view_start events (distinct sessions). */
            starts: number;
            watchTimeSec: number;
            /** @description watchTimeSec / views. */
            averageViewDurationSec: number;
            /** @description Sessions with an ended event / starts. */
            completionRate: number;
            likes: number;
            comments: number;
            shares: number;
            /** @description Mean of the first play’s startupMs. */
            averageStartupMs: number;
            /** @description Stalled time / (stalled + watched time). */
            rebufferingRatio: number;
            rebufferCount: number;
            /** @description Rebuffer events per hour watched. */
            rebuffersPerHour: number;
            /** @description Watch-time-weighted bitrate of heartbeats, kbit/s. */
            averageBitrateKbps: number;
            /** @description Sessions with an error / starts. */
            errorRate: number;
            /** @description Distinct events counted. */
            events: number;
            /** @description Ad impressions (ad_impression events: one per break and playback session). */
            adImpressions: number;
            /** @description ad_first_quartile events. */
            adFirstQuartiles: number;
            /** @description ad_midpoint events. */
            adMidpoints: number;
            /** @description ad_third_quartile events. */
            adThirdQuartiles: number;
            /** @description ad_complete events. */
            adCompletes: number;
            /** @description ad_click events. */
            adClicks: number;
            /**
             * @description Start of the bucket (UTC).
             * @example 2026-11-23T05:00:00.000Z
             */
            bucket: string;
        };
        ReportRevenue: {
            /** @description Creator’s share in basis points */
            shareBps: number;
            periods: components["schemas"]["RevenuePeriod"][];
            totals: components["schemas"]["RevenueTotal"][];
        };
        ReportResponse: {
            /** @enum {string} */
            scope: "video" | "creator" | "user";
            id: string;
            /** @enum {string} */
            granularity: "hour" | "day";
            from: string;
            to: string;
            totals: components["schemas"]["ReportMetrics"];
            /** @description Buckets with data, oldest first. */
            series: components["schemas"]["ReportPoint"][];
            /** @description Creator reports: revenue from billing; null when billing did not answer in time (then partial is true). */
            revenue?: components["schemas"]["ReportRevenue"] | null;
            /** @description true when part of the report (revenue) is missing because a service did not answer. */
            partial?: boolean;
        };
        CurrencyAmount: {
            /** @example EUR */
            currency: string;
            /** @description Minor units */
            amount: number;
        };
        AdminStatsResponse: {
            /** @description Events counted by analytics in the last 5 minutes, per minute. */
            eventsPerMinute: number;
            /** @description Videos with at least one counted event. */
            videosSeen: number;
            /** @description Videos with a known owner. */
            videosWithOwner: number;
            /** @description Distinct signed-in viewers seen. */
            usersSeen: number;
            /** @description Batches in the stream not yet delivered to the aggregation consumer. */
            streamPending: number;
            /** @description Batches delivered but not yet acknowledged. */
            streamAckPending: number;
            /** @description Messages the analytics stream holds. */
            streamMessages: number;
            /** @description When trending was last published. */
            trendingComputedAt?: string;
            /** @description From billing: subscriptions trialing, active or past due; null when billing did not answer. */
            activeSubscriptions?: number | null;
            /** @description From billing: net revenue per currency, all time; null when billing did not answer. */
            revenue?: components["schemas"]["CurrencyAmount"][] | null;
            /** @description true when billing’s figures are missing. */
            partial?: boolean;
        };
        NewComment: {
            /**
             * @example video
             * @enum {string}
             */
            targetType: "video" | "title";
            /** @example 665f1c2e9b1e8a0012345678 */
            targetId: string;
            /**
             * @description Plain text, stored as given (control, zero-width and bidi-override characters removed) and only ever returned as JSON.
             * @example Great shot of the bay!
             */
            text: string;
            /** @description Reply to this comment (a reply to a reply attaches to its parent: one level deep). */
            parentId?: string;
        };
        CommentResponse: {
            id: string;
            /** @enum {string} */
            targetType: "video" | "title";
            targetId: string;
            /** @description Set on replies. */
            parentId?: string | null;
            authorUserId: string;
            authorProfileId?: string | null;
            /** @description null once deleted (the comment stays as a placeholder while it has replies). */
            text: string | null;
            deleted: boolean;
            replyCount: number;
            likeCount: number;
            /** @description Whether the caller (profile, else account) likes it. */
            likedByMe: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            editedAt?: string | null;
        };
        CommentPage: {
            items: components["schemas"]["CommentResponse"][];
            nextCursor: string | null;
            /** @description Comments and replies on the target that are not deleted or hidden. */
            commentCount: number;
        };
        CommentText: {
            /**
             * @description Plain text, stored as given (control, zero-width and bidi-override characters removed) and only ever returned as JSON.
             * @example Great shot of the bay!
             */
            text: string;
        };
        CommentLikeResponse: {
            commentId: string;
            liked: boolean;
            likeCount: number;
        };
        CommentSettingsResponse: {
            /** @enum {string} */
            targetType: "video" | "title";
            targetId: string;
            commentsEnabled: boolean;
        };
        CommentSettingsInput: {
            /** @description false: nobody may comment (existing comments stay readable). */
            commentsEnabled: boolean;
        };
        ReactionsResponse: {
            likes: number;
            dislikes: number;
            /** @enum {string} */
            targetType: "video" | "title";
            targetId: string;
            /** @description Comments and replies that are not deleted or hidden. */
            comments: number;
            /**
             * @description The caller’s own reaction (profile, else account); absent when anonymous.
             * @enum {string|null}
             */
            mine?: "like" | "dislike" | null;
        };
        ReactionInput: {
            /** @enum {string} */
            value: "like" | "dislike";
        };
        NewReport: {
            /** @enum {string} */
            targetType: "title" | "video" | "comment";
            /** @example 665f1c2e9b1e8a0012345678 */
            targetId: string;
            /** @enum {string} */
            reason: "spam" | "harassment" | "hate" | "violence" | "sexual" | "misinformation" | "copyright" | "self_harm" | "other";
            /** @description Optional details for the moderators (plain text, cleaned like comments). */
            details?: string;
        };
        ContentReportResponse: {
            id: string;
            /** @enum {string} */
            targetType: "title" | "video" | "comment";
            targetId: string;
            /** @enum {string} */
            reason: "spam" | "harassment" | "hate" | "violence" | "sexual" | "misinformation" | "copyright" | "self_harm" | "other";
            details?: string | null;
            reporterUserId: string;
            /** @enum {string} */
            status: "open" | "resolved";
            /** @enum {string|null} */
            action?: "hide" | "remove" | "dismiss" | null;
            note?: string | null;
            resolvedBy?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            resolvedAt?: string | null;
        };
        ContentReportPage: {
            items: components["schemas"]["ContentReportResponse"][];
            nextCursor: string | null;
        };
        Resolution: {
            /**
             * @description hide: out of every list at once (reversible by staff in the owning service); remove: hidden for good (a comment loses its text); dismiss: no action.
             * @enum {string}
             */
            action: "hide" | "remove" | "dismiss";
            note?: string;
        };
        AuditEntryResponse: {
            id: string;
            /** Format: date-time */
            at: string;
            actorUserId: string;
            actorRole: string;
            /** @enum {string} */
            action: "report.created" | "report.resolved" | "comment.deleted" | "comment.hidden" | "comment.removed" | "title.hidden" | "video.hidden" | "comments.disabled" | "comments.enabled";
            /** @enum {string} */
            targetType: "title" | "video" | "comment";
            targetId: string;
            reportId?: string | null;
            /**
             * @description report.resolved: what the moderator decided.
             * @enum {string|null}
             */
            outcome?: "hide" | "remove" | "dismiss" | null;
            note?: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryResponse"][];
            nextCursor: string | null;
        };
        /** @description RFC 9457 problem details; `code` is stable and machine-readable. */
        Problem: {
            /** @example urn:onstream:problem:common.validation_failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example The request has invalid fields. */
            detail: string;
            /** @example /api/v1/auth/signup */
            instance: string;
            /** @example COMMON.VALIDATION_FAILED */
            code: string;
            /** @example 6f1c2e9b-1e8a-4b7e-9a61-2b1d5f0c3d4e */
            requestId: string;
            /** @description One entry per invalid field (validation failures only). */
            errors?: {
                /** @example email */
                field: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessReport"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something is down; the body says what. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
        };
    };
    HealthController_ping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                service: "users" | "catalog" | "media" | "billing" | "analytics" | "engagement";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PingReport"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service did not answer in time (problem+json, Retry-After). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `library.use` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account was deleted. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountBody"];
            };
        };
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Wrong password. A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Wrong current password. A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_revokeOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its tokens stop working at once. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not manage the account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No live session of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileListResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A paired device cannot list profiles. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The account has 5 profiles. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_select: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelectProfileBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileTokenResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description PIN missing or wrong, or a paired device. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong PINs (Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_titleRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleRuleListResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a kid profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_setTitleRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
                titleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitleRuleBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleRuleResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a kid profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_removeTitleRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a kid profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_parentalControls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentalControlsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a kid profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProfilesController_setParentalControls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParentalControlsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParentalControlsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a kid profile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A tag slug the catalog does not know (USERS.UNKNOWN_CONTENT_TAG). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_watchlist: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_addToWatchlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryItemResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Or the title is blocked for this kid profile. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_removeFromWatchlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not on the watchlist (any more). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_favorites: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_addToFavorites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryItemResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Or the title is blocked for this kid profile. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LibraryController_removeFromFavorites: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not a favorite (any more). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryEntryResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Or the title is blocked for this kid profile. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                titleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_history: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_clear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_continueWatching: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PairingController_createCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePairingCodeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingCodeResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No profile of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PairingController_pair: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemPairingCodeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description Invalid fields, or an invalid, expired or used code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong codes from this address (Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PairingController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairedDeviceListResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PairingController_unpair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unpaired. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only the account holder (not a kid profile or a paired device) may do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No paired device of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Start of an e-mail address (case-insensitive). */
                email?: string;
                role?: "viewer" | "creator" | "staff" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Admins cannot change their own role. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The caller is not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Admins cannot disable themselves. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HouseholdController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdProvidersResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `library.use` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HouseholdController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdProvidersBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdProvidersResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not change the household. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description An unknown provider id (USERS.UNKNOWN_WATCH_PROVIDER). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                /** @description Only unread notifications when `true`. */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not read the account’s notifications. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not read the account’s notifications. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not read the account’s notifications. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A device or kid-profile token may not read the account’s notifications. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No notification of yours has this id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAccountRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The e-mail address is taken. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            /** @description Invalid, expired or already used token. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailBody"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Wrong e-mail or password. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description E-mail not verified yet, or account disabled. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many failed attempts for this account or address (Retry-After). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Invalid, expired or reused refresh token (code USERS.REFRESH_TOKEN_REUSED for reuse). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `session.own` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailBody"];
            };
        };
        responses: {
            /** @description Accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordBody"];
            };
        };
        responses: {
            /** @description Password changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields, or an invalid, expired or used token. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Default: movies, series and creator videos */
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
                /** @description Genre name(s), comma-separated; a title matches any of them */
                genre?: string[];
                yearFrom?: number;
                yearTo?: number;
                /** @description TMDb provider ids, comma-separated: only titles included in one of these subscriptions in `country` */
                providers?: string[];
                /** @description Country of the provider filter; default: the household’s, else the viewer’s geo country */
                country?: string;
                /** @description Only titles on your household’s streaming services (needs a token; resolved by the gateway) */
                myServices?: boolean;
                /** @description ISO 639-1 language (original or spoken) */
                language?: string;
                /** @description Lowest vote average (0–10) */
                ratingMin?: number;
                ratingMax?: number;
                /** @description `COUNTRY:CERT` or just `CERT` (US) */
                certification?: string;
                sort?: "popularity" | "rating" | "title" | "releaseDate";
                /** @description Default: desc, except asc for title */
                order?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleSummaryPage"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description myServices=true without a token. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitleInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleDetails"];
                };
            };
            /** @description Invalid fields (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Season/episode without the right parent, or a parent on a movie. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_popular: {
        parameters: {
            query?: {
                limit?: number;
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_trending: {
        parameters: {
            query?: {
                limit?: number;
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
                window?: "day" | "week";
                /** @description Only titles of this genre (name) */
                genre?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_newReleases: {
        parameters: {
            query?: {
                limit?: number;
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_featured: {
        parameters: {
            query?: {
                limit?: number;
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_categories: {
        parameters: {
            query?: {
                /** @description Number of genre rows */
                rows?: number;
                /** @description Titles per row */
                perRow?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoriesResponse"];
                };
            };
            /** @description Invalid query or path (problem+json with errors[]). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_get: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 country; default: the viewer’s country from the geo header */
                country?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitlePage"];
                };
            };
            /** @description The id is not a title id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title (or not for this profile). Code CATALOG.TITLE_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitlesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TitleChanges"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleDetails"];
                };
            };
            /** @description Invalid fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitleLookupsController_byTmdbId: {
        parameters: {
            query?: {
                type?: "movie" | "series";
            };
            header?: never;
            path: {
                /** @description TMDb id */
                tmdbId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitlePage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title (or not for this profile). Code CATALOG.TITLE_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TitleLookupsController_trailer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrailerResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title (or not for this profile). Code CATALOG.TITLE_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_search: {
        parameters: {
            query: {
                page?: number;
                limit?: number;
                /** @description Default: movies, series and creator videos */
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
                /** @description Genre name(s), comma-separated; a title matches any of them */
                genre?: string[];
                yearFrom?: number;
                yearTo?: number;
                /** @description TMDb provider ids, comma-separated: only titles included in one of these subscriptions in `country` */
                providers?: string[];
                /** @description Country of the provider filter; default: the household’s, else the viewer’s geo country */
                country?: string;
                /** @description Only titles on your household’s streaming services (needs a token; resolved by the gateway) */
                myServices?: boolean;
                /** @description What the viewer typed; typos and unfinished words are fine */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResponse"];
                };
            };
            /** @description Missing, blank or over-long q, or another invalid parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_genres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenreListResponse"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_byGenre: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                /** @description Default: movies, series and creator videos */
                type?: "movie" | "series" | "season" | "episode" | "creator_video";
                /** @description Genre name(s), comma-separated; a title matches any of them */
                genre?: string[];
                yearFrom?: number;
                yearTo?: number;
                /** @description TMDb provider ids, comma-separated: only titles included in one of these subscriptions in `country` */
                providers?: string[];
                /** @description Country of the provider filter; default: the household’s, else the viewer’s geo country */
                country?: string;
                /** @description Only titles on your household’s streaming services (needs a token; resolved by the gateway) */
                myServices?: boolean;
                /** @description ISO 639-1 language (original or spoken) */
                language?: string;
                /** @description Lowest vote average (0–10) */
                ratingMin?: number;
                ratingMax?: number;
                /** @description `COUNTRY:CERT` or just `CERT` (US) */
                certification?: string;
                sort?: "popularity" | "rating" | "title" | "releaseDate";
                /** @description Default: desc, except asc for title */
                order?: "asc" | "desc";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleSummaryPage"];
                };
            };
            /** @description Invalid slug or query. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such genre (CATALOG.GENRE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_clearCache: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CacheClearedResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_importStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportStatusResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DiscoveryController_importFromTmdb: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tmdbId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleDetails"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TMDb has no such movie (CATALOG.PROVIDER_TITLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TMDb failed after retries (CATALOG.METADATA_PROVIDER_FAILED). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentTagListResponse"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagInput"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentTagResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The slug is taken (CATALOG.TAG_EXISTS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagDeletedResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such tag (CATALOG.TAG_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagChanges"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentTagResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such tag (CATALOG.TAG_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_tag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleTagsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such title (CATALOG.TITLE_NOT_FOUND) or tag (CATALOG.TAG_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ContentTagsController_untag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TitleTagsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such title (CATALOG.TITLE_NOT_FOUND) or tag (CATALOG.TAG_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LauncherController_approvedContent: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedContentPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a device token (AUTH.SCOPE_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LauncherController_reportDeepLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeepLinkReportBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeepLinkReportResponse"];
                };
            };
            /** @description Invalid fields: the url must be https on a public host or a known streaming app scheme, at most 2048 characters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a device token (AUTH.SCOPE_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such title (CATALOG.TITLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not a movie or series, episode numbers on a movie, or an unknown provider (CATALOG.DEEP_LINK_TARGET_INVALID). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description This device reported 100 new links today (CATALOG.DEEP_LINK_REPORT_LIMIT), or too many requests. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RatingsController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). Exactly one of stars and thumb. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such title (or not for this profile). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RatingsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingRemovedResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RatingsController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingPageResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RatingsController_recommendations: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RatingsController_becauseYouWatched: {
        parameters: {
            query?: {
                /** @description Rows: one per title the profile liked most recently */
                rows?: number;
                /** @description Titles per row */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BecauseYouWatchedResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The token is not scoped to a profile (select one first). Code CATALOG.PROFILE_TOKEN_REQUIRED. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WatchProvidersController_list: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 country; default: the viewer’s country from the geo header */
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchProviderListResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogJobsController_importSeries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tmdbId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesImportResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description TMDb has no such series (CATALOG.PROVIDER_TITLE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description TMDb failed after retries. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CatalogJobsController_startBackfill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartBackfillBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogJobResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED). For deep-links: no MOVIE_OF_THE_NIGHT_API_KEY (CATALOG.DEEP_LINK_PROVIDER_NOT_CONFIGURED). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CatalogJobsController_backfill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogJobResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such job (CATALOG.BACKFILL_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CatalogJobsController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogJobResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No TMDb key configured (CATALOG.METADATA_PROVIDER_NOT_CONFIGURED). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    CatalogJobsController_trainRecommender: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogJobResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PeopleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPage"];
                };
            };
            /** @description The id is not a person id. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such person. Code CATALOG.PERSON_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeepLinksController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "pending" | "accepted" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeepLinkPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DeepLinksController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeepLinkResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such deep link (CATALOG.DEEP_LINK_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TagProposalsController_importFromWiki: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WikiTagImportBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WikiTagImportResponse"];
                };
            };
            /** @description Invalid fields: the page must be a wiki page title, not a URL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such title (CATALOG.TITLE_NOT_FOUND) or wiki page (CATALOG.WIKI_PAGE_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The wiki did not answer usefully (CATALOG.TAG_WIKI_FAILED). */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No wiki configured (CATALOG.TAG_WIKI_NOT_CONFIGURED). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    TagProposalsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "pending" | "accepted" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagProposalPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TagProposalsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagProposalResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such proposal (CATALOG.TAG_PROPOSAL_NOT_FOUND), or its tag was deleted (CATALOG.TAG_NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"][];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlansController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanResponse"];
                };
            };
            /** @description Invalid fields (e.g. a fractional or negative price) or an unsupported currency. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_subscribe: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description The provider has not confirmed the payment yet (`payment.status` is `pending`, nothing to do for the customer). Poll `GET /me/subscription` or `GET /payments/history`, or repeat the request with the same Idempotency-Key and body: it is the same payment, never a second charge, and answers the settled outcome once known. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.CARD_DECLINED or BILLING.INSUFFICIENT_FUNDS; nothing was charged. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.purchase` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.ALREADY_SUBSCRIBED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.read-history` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Never subscribed. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSubscriptionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.manage-subscription` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already canceled or expired (BILLING.INVALID_SUBSCRIPTION_TRANSITION), or changed meanwhile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.manage-subscription` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not set to cancel at period end (BILLING.INVALID_SUBSCRIPTION_TRANSITION). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_changePlan: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePlanBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePlanResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The prorated charge failed; the plan is unchanged. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.manage-subscription` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours, or no such plan. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already on this plan, or the subscription cannot change plan in its state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SubscriptionsController_updatePaymentMethod: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentMethodBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description The provider has not confirmed the payment yet (`payment.status` is `pending`, nothing to do for the customer). Poll `GET /me/subscription` or `GET /payments/history`, or repeat the request with the same Idempotency-Key and body: it is the same payment, never a second charge, and answers the settled outcome once known. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.PAYMENT_METHOD_REJECTED (the provider would not set the method up; nothing changed), or the retried renewal was declined (the new method is kept, dunning goes on). */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.manage-subscription` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription has ended (BILLING.INVALID_SUBSCRIPTION_TRANSITION), or is being renewed right now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryExportController_export: {
        parameters: {
            query?: {
                type?: "charge" | "refund" | "ppv" | "payout" | "ad_revenue";
                status?: "pending" | "completed" | "failed" | "refunded";
                /** @description Created at or after */
                from?: string;
                /** @description Created before */
                to?: string;
                /** @description Admins only: another user’s history */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description userId of someone else, and not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_putOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                videoId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutPpvOfferBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PpvOfferResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_purchase: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchasePpvBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseResponse"];
                };
            };
            /** @description The provider has not confirmed the payment yet (`payment.status` is `pending`, nothing to do for the customer). Poll `GET /me/subscription` or `GET /payments/history`, or repeat the request with the same Idempotency-Key and body: it is the same payment, never a second charge, and answers the settled outcome once known. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The card was declined; nothing was charged. */
            402: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.purchase` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.ALREADY_ENTITLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description BILLING.OPTION_NOT_OFFERED
             *
             *     BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_entitlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                videoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `playback` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_history: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
                type?: "charge" | "refund" | "ppv" | "payout" | "ad_revenue";
                status?: "pending" | "completed" | "failed" | "refunded";
                from?: string;
                to?: string;
                /** @description Admins only */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryPage"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description userId of someone else, and not an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.read-history` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such transaction of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PaymentsController_refund: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path: {
                transactionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundBody"];
            };
        };
        responses: {
            /** @description The refund’s own ledger entry. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description BILLING.REFUND_EXCEEDS_CHARGE
             *
             *     BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    WebhooksController_receive: {
        parameters: {
            query?: never;
            header: {
                "stripe-signature": string;
                "Stripe-Signature": string;
            };
            path: {
                provider: "sandbox" | "stripe";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReceipt"];
                };
            };
            /** @description BILLING.WEBHOOK_SIGNATURE_INVALID: forged, altered or too old. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RevenueController_forCreator: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatorRevenueResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither that creator nor an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RevenueController_createPayout: {
        parameters: {
            query?: never;
            header: {
                /** @description Unique per operation (e.g. a UUID). Repeating it with the same body returns the first answer; with another body gives 422. Kept 24 h. */
                "Idempotency-Key": string;
            };
            path: {
                creatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePayoutBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.ALREADY_PAID_OUT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description BILLING.PERIOD_NOT_ENDED or BILLING.NOTHING_TO_PAY
             *
             *     BILLING.IDEMPOTENCY_KEY_REUSED: the key was used with a different body.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RevenueController_settlePayout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                payoutId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlePayoutBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such payout. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description BILLING.PAYOUT_ALREADY_SETTLED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BillingAdminController_setClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetBillingClockBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingClockResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The test clock is disabled. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BillingAdminController_runRenewals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RenewalRunReport"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `billing.admin` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The test clock is disabled. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VideosController_list: {
        parameters: {
            query?: {
                page?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoListResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VideosController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoFields"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VideosController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VideosController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VideosController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoChanges"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VideoResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not manage videos. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UploadsController_create: {
        parameters: {
            query?: never;
            header: {
                /** @description tus metadata: `videoId <base64>,filename <base64>` (optional `kind <base64 "thumbnail">`) */
                "Upload-Metadata": string;
                /** @description Total size in bytes (deferred length is not supported) */
                "Upload-Length": number;
                "Tus-Resumable": "1.0.0";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created; `Location` is the upload URL to PATCH */
            201: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A tus header is missing or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Tus-Resumable is missing (tus 1.0.0 is required). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Larger than UPLOAD_MAX_BYTES. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description File name extension not accepted. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UploadsController_terminate: {
        parameters: {
            query?: never;
            header: {
                "Tus-Resumable": "1.0.0";
            };
            path: {
                /** @description Last segment of the `Location` answered by POST /uploads */
                uploadId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abandoned */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A tus header is missing or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Tus-Resumable is missing (tus 1.0.0 is required). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UploadsController_offset: {
        parameters: {
            query?: never;
            header: {
                "Tus-Resumable": "1.0.0";
            };
            path: {
                /** @description Last segment of the `Location` answered by POST /uploads */
                uploadId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offset in `Upload-Offset` */
            200: {
                headers: {
                    "Upload-Offset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A tus header is missing or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Tus-Resumable is missing (tus 1.0.0 is required). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UploadsController_append: {
        parameters: {
            query?: never;
            header: {
                "Upload-Offset": number;
                "Tus-Resumable": "1.0.0";
            };
            path: {
                /** @description Last segment of the `Location` answered by POST /uploads */
                uploadId: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/offset+octet-stream": string;
            };
        };
        responses: {
            /** @description Stored; the new offset is in `Upload-Offset` */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A tus header is missing or malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.video.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload of yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Upload-Offset does not match the stored offset. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Tus-Resumable is missing (tus 1.0.0 is required). */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/offset+octet-stream. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/plain": string;
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlaybackController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not published yet (MEDIA.NOT_YET_PUBLISHED), not in your country (MEDIA.GEO_BLOCKED) or not entitled (MEDIA.ENTITLEMENT_REQUIRED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or private. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not transcoded yet (MEDIA.NOT_READY). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlaybackController_playbackFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Playback grant token from GET /videos/{id}/stream (a bad or ended one answers 401) */
                token: string;
                file: "master.m3u8" | "storyboard.vtt" | "ads.vmap";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description M3U8, WebVTT or VMAP XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.apple.mpegurl": string;
                    "text/vtt": string;
                    "application/xml": string;
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or an invalid or ended playback grant. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The playback was started by another session or profile (MEDIA.PLAYBACK_NOT_YOURS), or its renewal was refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlaybackController_renditionFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Playback grant token from GET /videos/{id}/stream (a bad or ended one answers 401) */
                token: string;
                rendition: string;
                /** @description `index.m3u8` (media playlist), `key.bin` (AES-128 key), `init.mp4` (`init_0.mp4` per variant of a ladder) or `seg_00042.m4s` */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description M3U8 playlist or key bytes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.apple.mpegurl": string;
                    "application/octet-stream": string;
                };
            };
            /** @description Init section or segment: redirect to a signed object URL valid for about 30 s. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or an invalid or ended playback grant. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another session’s or profile’s playback (MEDIA.PLAYBACK_NOT_YOURS), a rendition above the plan’s quality (MEDIA.QUALITY_NOT_ENTITLED), or a renewal refused (entitlement ended, maturity or parental rule). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description BCP 47 language tag */
                language: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WebVTT */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/vtt": string;
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.captions.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or track, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaptionsController_put: {
        parameters: {
            query?: {
                /** @description `captions` (for the deaf and hard of hearing) and `descriptions` are announced with CHARACTERISTICS in the master playlist. */
                kind?: "subtitles" | "captions" | "descriptions";
                /** @description The track name players show (default: the language tag). */
                label?: string;
                /** @description Selected by default (at most one track: setting it clears the others). */
                default?: boolean;
                /** @description Forced subtitles (shown even when the viewer turned subtitles off). */
                forced?: boolean;
            };
            header?: never;
            path: {
                id: string;
                /** @description BCP 47 language tag */
                language: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/vtt": components["schemas"]["CaptionUploadBody"];
                "application/x-subrip": components["schemas"]["CaptionUploadBody"];
                "application/json": components["schemas"]["CaptionUploadBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptionResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.captions.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The video is not ready yet (MEDIA.NOT_READY). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than CAPTION_MAX_BYTES (MEDIA.CAPTION_TOO_LARGE) or the body limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Neither text/vtt, application/x-subrip nor application/json (MEDIA.UNSUPPORTED_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Malformed file (MEDIA.CAPTION_MALFORMED) or cue times inverted, overlapping or past the video (MEDIA.CAPTION_TIMING). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description BCP 47 language tag */
                language: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptionListResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `media.captions.write` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or track, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptionListResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the `playback` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CaptionsController_playbackFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description Playback grant token from GET /videos/{id}/stream (a bad or ended one answers 401) */
                token: string;
                language: string;
                /** @description `index.m3u8` (the language’s media playlist) or a WebVTT segment `seg_00000.vtt` */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description M3U8 or WebVTT */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.apple.mpegurl": string;
                    "text/vtt": string;
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another viewer’s playback (MEDIA.PLAYBACK_NOT_YOURS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such track or segment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdsController_vast: {
        parameters: {
            query: {
                videoId: string;
                /** @description The playbackSessionId of the stream response. */
                sessionId: string;
                breakId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description VAST 4.2 XML */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such ad-supported video, or a session id media did not issue for it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EventsController_send: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IngestEventsRequest"];
            };
        };
        responses: {
            /** @description Stored for processing; invalid events are listed in `rejected` and not counted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IngestEventsResponse"];
                };
            };
            /** @description Batch over EVENTS_MAX_BATCH (ANALYTICS.BATCH_TOO_LARGE), not a batch, or no valid event (ANALYTICS.NO_VALID_EVENTS). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body over BODY_LIMIT_BYTES. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event stream is unreachable; retry the same batch. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdTrackingController_track: {
        parameters: {
            query: {
                videoId: string;
                /** @description The playbackSessionId of the stream response. */
                sessionId: string;
                breakId: string;
                event: "impression" | "firstQuartile" | "midpoint" | "thirdQuartile" | "complete" | "click";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counted (once per playback session, break and tracker). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown tracker, malformed ids, or a session id media did not issue for the video (ANALYTICS.NO_VALID_EVENTS). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event stream is unreachable; the player may fire the pixel again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AnalyticsReportsController_video: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive), rounded down to the bucket. */
                from: string;
                /** @description End of the range (exclusive). At most 31 days (hour) or 366 days (day) after from. */
                to: string;
                granularity: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description Video, creator or user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad range or granularity (ANALYTICS.RANGE_INVALID or validation errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not your video, channel or account (ANALYTICS.REPORT_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AnalyticsReportsController_creator: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive), rounded down to the bucket. */
                from: string;
                /** @description End of the range (exclusive). At most 31 days (hour) or 366 days (day) after from. */
                to: string;
                granularity: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description Video, creator or user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad range or granularity (ANALYTICS.RANGE_INVALID or validation errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not your video, channel or account (ANALYTICS.REPORT_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AnalyticsReportsController_user: {
        parameters: {
            query: {
                /** @description Start of the range (inclusive), rounded down to the bucket. */
                from: string;
                /** @description End of the range (exclusive). At most 31 days (hour) or 366 days (day) after from. */
                to: string;
                granularity: "hour" | "day";
            };
            header?: never;
            path: {
                /** @description Video, creator or user id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportResponse"];
                };
            };
            /** @description Bad range or granularity (ANALYTICS.RANGE_INVALID or validation errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not your video, channel or account (ANALYTICS.REPORT_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminStatsController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminStatsResponse"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Admins only. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_list: {
        parameters: {
            query: {
                targetType: "video" | "title";
                targetId: string;
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                sort?: "newest" | "top";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewComment"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). Also ENGAGEMENT.COMMENT_EMPTY (nothing visible after cleaning) and ENGAGEMENT.COMMENT_TOO_LONG. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Comments are turned off on the target (ENGAGEMENT.COMMENTS_DISABLED), or a kid profile. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. Or parentId names no comment on this target. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The comment replied to was deleted or hidden (ENGAGEMENT.PARENT_COMMENT_DELETED). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The body is larger than BODY_LIMIT_BYTES. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_replies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Neither the author, the video’s creator nor staff (ENGAGEMENT.COMMENT_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentText"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). Also ENGAGEMENT.COMMENT_EMPTY (nothing visible after cleaning) and ENGAGEMENT.COMMENT_TOO_LONG. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not your comment (ENGAGEMENT.COMMENT_FORBIDDEN), or the edit window closed (ENGAGEMENT.EDIT_WINDOW_CLOSED). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The comment was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_like: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentLikeResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `engagement.comment` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The comment was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_unlike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentLikeResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `engagement.comment` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such comment, or it was hidden by moderation. Code ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description The comment was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetType: "video" | "title";
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentSettingsResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `library.use` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CommentsController_setSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetType: "video" | "title";
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentSettingsInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentSettingsResponse"];
                };
            };
            /** @description Invalid input: malformed JSON, unknown fields or wrong values (see `errors`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Not the video’s creator nor staff (ENGAGEMENT.COMMENT_FORBIDDEN). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReactionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetType: "video" | "title";
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A token was sent but is not valid (expired, or its session has ended); send none to call anonymously. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReactionsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetType: "video" | "title";
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReactionInput"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `library.use` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReactionsController_clear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                targetType: "video" | "title";
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReactionsResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `library.use` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such video or title (or not visible to the caller). Code ENGAGEMENT.TARGET_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReport"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentReportResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Needs the `engagement.comment` permission: another role, or a kid profile or device token (AUTH.SCOPE_FORBIDDEN), is refused. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such title, video or comment (or not visible to you). Code ENGAGEMENT.TARGET_NOT_FOUND or ENGAGEMENT.COMMENT_NOT_FOUND. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description You already have an open report on it (ENGAGEMENT.REPORT_ALREADY_OPEN), or the comment was deleted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_queue: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                status?: "open" | "resolved";
                targetType?: "title" | "video" | "comment";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentReportPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only staff and admins moderate. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Resolution"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContentReportResponse"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only staff and admins moderate. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No such report. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Already resolved (ENGAGEMENT.REPORT_ALREADY_RESOLVED). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description A path parameter is longer than 100 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_auditTrail: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page (`nextCursor`). */
                cursor?: string;
                limit?: number;
                targetType?: "title" | "video" | "comment";
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description Invalid fields (errors[] names each). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description No valid access token, or its session has ended. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Only staff and admins moderate. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type?: string;
                        title?: string;
                        status?: number;
                        detail?: string;
                        instance?: string;
                        /** @example USERS.INVALID_CREDENTIALS */
                        code?: string;
                        requestId?: string;
                        errors?: {
                            field?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests from this address (see the `RateLimit-*` headers); retry after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service or store did not answer in time; retry after `Retry-After` seconds. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
