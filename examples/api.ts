export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description Answers 200 while the server runs and can read its database, and says whether it takes writes.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start here
         * @description A small HTML page that links to the docs (`/docs`), the OpenAPI document (`/openapi.json`, `/openapi.yaml`) and the README's questions, each as a request that answers it.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events
         * @description Events matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), GeoJSON (`format=geojson` or `Accept: application/geo+json`), or every matching event streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).
         */
        get: operations["listEvents"];
        put?: never;
        /**
         * Create an event
         * @description Creates an event from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as `GET /v1/events/{id}` shows it, its `Location` and its `ETag`. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event
         * @description One event with its place, participants and their roles, the claims about it and their sources.
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        /**
         * Delete an event
         * @description Deletes the event and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs `If-Match`. A event that other records still refer to is not deleted (409, listing them).
         */
        delete: operations["deleteEvent"];
        options?: never;
        head?: never;
        /**
         * Change an event
         * @description Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the event, in one transaction, and stores a revision. Needs `If-Match` with the ETag from `GET /v1/events/{id}`. Answers with the changed record and its new ETag.
         */
        patch: operations["updateEvent"];
        trace?: never;
    };
    "/v1/events/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an event's claims
         * @description Claims about this event, whoever makes them. Takes the same filters, sorts, includes and formats as `/v1/claims`.
         */
        get: operations["listEventClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors
         * @description Actors matching every filter given, a page at a time, each with its aliases and external ids. `q` searches names and every alias, so `q=Zinoviev` and `q=Zinovyev` find the same ambassador. As JSON, CSV or streamed NDJSON (see `format`).
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Create an actor
         * @description Creates an actor from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as `GET /v1/actors/{id}` shows it, its `Location` and its `ETag`. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an actor
         * @description One actor with its aliases, external ids, affiliations (roles it holds) and members (roles held in it).
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        /**
         * Delete an actor
         * @description Deletes the actor and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs `If-Match`. A actor that other records still refer to is not deleted (409, listing them).
         */
        delete: operations["deleteActor"];
        options?: never;
        head?: never;
        /**
         * Change an actor
         * @description Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the actor, in one transaction, and stores a revision. Needs `If-Match` with the ETag from `GET /v1/actors/{id}`. Answers with the changed record and its new ETag.
         */
        patch: operations["updateActor"];
        trace?: never;
    };
    "/v1/actors/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an actor's events
         * @description Events the actor takes part in, in any role. Takes the same filters, sorts, includes and formats as `/v1/events`.
         */
        get: operations["listActorEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an actor's claims
         * @description Claims the actor makes, as claimant. Takes the same filters, sorts, includes and formats as `/v1/claims`.
         */
        get: operations["listActorClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description Claims matching every filter given (a comma-separated value matches any of its values), a page at a time, in the `sort` order (`id` by default). As JSON, CSV (`format=csv` or `Accept: text/csv`), or every matching claim streamed as NDJSON (`format=ndjson` or `Accept: application/x-ndjson`).
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Create a claim
         * @description Creates a claim from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as `GET /v1/claims/{id}` shows it, its `Location` and its `ETag`. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a claim
         * @description One claim with its claimant, source, event, the actors it is about, its figures (quantities) and its links to other claims in both directions.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        /**
         * Delete a claim
         * @description Deletes the claim and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs `If-Match`. A claim that other records still refer to is not deleted (409, listing them).
         */
        delete: operations["deleteClaim"];
        options?: never;
        head?: never;
        /**
         * Change a claim
         * @description Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the claim, in one transaction, and stores a revision. Needs `If-Match` with the ETag from `GET /v1/claims/{id}`. Answers with the changed record and its new ETag.
         */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Sources matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Creates a source from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as `GET /v1/sources/{id}` shows it, its `Location` and its `ETag`. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a source
         * @description One source with its publisher, the source it is known through (`parent`), the sources known through it (`children`) and the claims recorded in it.
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        /**
         * Delete a source
         * @description Deletes the source and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs `If-Match`. A source that other records still refer to is not deleted (409, listing them).
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        /**
         * Change a source
         * @description Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the source, in one transaction, and stores a revision. Needs `If-Match` with the ETag from `GET /v1/sources/{id}`. Answers with the changed record and its new ETag.
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/sources/{id}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a source's claims
         * @description Claims recorded in this source. Takes the same filters, sorts, includes and formats as `/v1/claims`.
         */
        get: operations["listSourceClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List places
         * @description Places matching every filter given, a page at a time, in the `sort` order (`id` by default). As JSON, CSV or streamed NDJSON (see `format`).
         */
        get: operations["listPlaces"];
        put?: never;
        /**
         * Create a place
         * @description Creates a place from a record in the bundle format, with its parts, in one transaction. Answers 201 with the record as `GET /v1/places/{id}` shows it, its `Location` and its `ETag`. Send an `Idempotency-Key` to retry safely.
         */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a place
         * @description One place with the events that happened there.
         */
        get: operations["getPlace"];
        put?: never;
        post?: never;
        /**
         * Delete a place
         * @description Deletes the place and leaves a tombstone: GET on its id then answers 410 with when and why, and the change feed lists the deletion. Needs `If-Match`. A place that other records still refer to is not deleted (409, listing them).
         */
        delete: operations["deletePlace"];
        options?: never;
        head?: never;
        /**
         * Change a place
         * @description Applies a JSON merge patch (`application/merge-patch+json`; `application/json` is accepted too) to the place, in one transaction, and stores a revision. Needs `If-Match` with the ETag from `GET /v1/places/{id}`. Answers with the changed record and its new ETag.
         */
        patch: operations["updatePlace"];
        trace?: never;
    };
    "/v1/actors/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate actor into another
         * @description Moves every reference to this actor (participations, claims, claims about it, published sources, memberships) to the surviving actor `into`, and gives the survivor this actor's name (as an alias), aliases, affiliations and external ids. This actor's id then redirects (308) to the survivor, and the change feed lists it as merged. `If-Match` is optional here; when given, it must match this actor's ETag. Answers with the survivor.
         */
        post: operations["mergeActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow the change feed
         * @description Every create, update, delete and merge, in commit order, each with the whole record after it (in the bundle format POST takes). To mirror the store: start with no `since`, apply each change (create/update: store `record`; delete/merge: drop the id), and call again with `next_since` until `has_more` is false; later, resume from the last `next_since`. The feed starts with the seed.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an event's revisions
         * @description The event's history, oldest first, `limit` at a time (pass `page.next_cursor` as `cursor` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also `?as_of=` on `GET /v1/events/{id}`.
         */
        get: operations["listEventRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an actor's revisions
         * @description The actor's history, oldest first, `limit` at a time (pass `page.next_cursor` as `cursor` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also `?as_of=` on `GET /v1/actors/{id}`.
         */
        get: operations["listActorRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a claim's revisions
         * @description The claim's history, oldest first, `limit` at a time (pass `page.next_cursor` as `cursor` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also `?as_of=` on `GET /v1/claims/{id}`.
         */
        get: operations["listClaimRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a source's revisions
         * @description The source's history, oldest first, `limit` at a time (pass `page.next_cursor` as `cursor` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also `?as_of=` on `GET /v1/sources/{id}`.
         */
        get: operations["listSourceRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/places/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a place's revisions
         * @description The place's history, oldest first, `limit` at a time (pass `page.next_cursor` as `cursor` for the next page): who wrote each version, when, what changed, and the whole record after it. Deleted and merged records keep their history. See also `?as_of=` on `GET /v1/places/{id}`.
         */
        get: operations["listPlaceRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List import jobs
         * @description The import jobs, newest first: each one's state and progress. GET a job for its report.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Import a bundle or a dataset file
         * @description Imports a whole file in one transaction. Records are matched by id (a dataset row's id is derived from its id in the dataset), so importing a file again changes nothing, and importing a newer export updates what changed. Every record written gets a revision naming the API key, so the change feed shows the import.
         *
         *     With `format=bundle` (the default) the import is all or nothing: on failure nothing is written and `errors` lists each bad record by JSON pointer (`/claims/3/stance`), with its id. With a dataset format (`ucdp-ged` (UCDP GED or Candidate Events CSV (header row, 49 columns)), `ucdp-json` (UCDP GED API `gedevents` JSON: an array of event objects), `acled` (ACLED CSV export (header row)), `gdelt` (GDELT 2.0 events export: tab-separated, no header, 61 columns), `plover` (PLOVER JSON records: a JSON array, or one JSON object per line)) each row maps to an event with its claims, actors, places and sources; a row that cannot be mapped or is invalid is rejected with its line and reason, and the other rows go in together. A file that cannot be read at all (not CSV, not JSON, missing columns) is a 400 and writes nothing.
         *
         *     An import has no `If-Match`: a key with the `write` scope may add records (and import again what is already stored, unchanged), but an import that would change a record already stored needs the `admin` scope, and is otherwise refused with a 403 that writes nothing. A dry run needs only `write`.
         *
         *     `dry_run=true` runs the whole import and rolls it back: the answer says what it would have done.
         */
        post: operations["importRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow an import job
         * @description Where an import job stands: `queued`, `running` (with rows and bytes read of the file's total), then `committed` (or `checked` for a dry run) with the same report a synchronous import answers with, or `failed` with why. A job is all or nothing: until it commits, none of its records is visible.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count events by group
         * @description How many events match the filters (the same as `/v1/events` takes), by type, month, year, country or actor; `limit` keeps the largest groups only. With `measure=<unit>`, also the sum of the figures in that unit claimed about each group's events (`measure=deaths&group_by=month`: deaths by month, UCDP's and ACLED's alike), one figure per event.
         */
        get: operations["getEventStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count claims by group
         * @description How many claims match the filters (the same as `/v1/claims` takes), by stance, claimant, verification, certainty or month; `limit` keeps the largest groups only.
         */
        get: operations["getClaimStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find events that are probably the same
         * @description Candidate duplicates of this event, for example the same clash recorded by UCDP, ACLED and GDELT: events whose dates overlap (widened by `days`) and that either happened within `within_km` of it or share an actor with it. Each comes with a score and the reasons. Nothing is merged: deciding is left to a person.
         */
        get: operations["listSimilarEvents"];
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
        /**
         * @description A kind of actor.
         *
         *     - `state`: A sovereign state, as a whole (its government acting for it).
         *     - `government_body`: A ministry, office, embassy or other part of a government.
         *     - `person`: A named individual.
         *     - `military_unit`: An armed force, formation or unit.
         *     - `intelligence_agency`: A state intelligence or security service.
         *     - `international_organisation`: An alliance or intergovernmental body such as NATO or the UN.
         *     - `research_institute`: A think tank, university or research body.
         *     - `media_organisation`: A news agency, broadcaster or publisher.
         *     - `armed_group`: A non-state armed group.
         *     - `other`: Anything that fits none of the above.
         * @enum {string}
         */
        ActorKind: "state" | "government_body" | "person" | "military_unit" | "intelligence_agency" | "international_organisation" | "research_institute" | "media_organisation" | "armed_group" | "other";
        /**
         * @description A kind of alias.
         *
         *     - `spelling`: Another spelling or transliteration of the same name (Zinoviev / Zinovyev).
         *     - `metonym`: A place name used for the actor ("Seoul" for South Korea's government).
         *     - `abbreviation`: An acronym or short form (NIS, ROK).
         *     - `short_name`: A shortened or informal name ("the North", "the Kremlin").
         *     - `former_name`: A name the actor no longer uses.
         *     - `native_name`: The name in the actor's own language or script.
         * @enum {string}
         */
        AliasKind: "spelling" | "metonym" | "abbreviation" | "short_name" | "former_name" | "native_name";
        /**
         * @description A kind of place.
         *
         *     - `city`: A city or town.
         *     - `region`: A province, krai, oblast or other sub-national region.
         *     - `country`: A whole country.
         *     - `area`: A wider area without formal borders (a front line, the Far East).
         *     - `sea`: A sea or other body of water.
         *     - `facility`: A base, port or other installation.
         * @enum {string}
         */
        PlaceKind: "city" | "region" | "country" | "area" | "sea" | "facility";
        /**
         * @description What a place's coordinates stand for.
         *
         *     - `exact`: The coordinates are the place itself.
         *     - `locality`: The coordinates are the centre of the town or city.
         *     - `region`: The coordinates are the centre of the region.
         *     - `country`: The coordinates are the centre of the country.
         *     - `approximate`: The location is only roughly known.
         * @enum {string}
         */
        GeoPrecision: "exact" | "locality" | "region" | "country" | "approximate";
        /**
         * @description How precisely a date is known.
         *
         *     - `day`: Known to the day.
         *     - `week`: Known to the week (Monday to Sunday).
         *     - `month`: Known to the month.
         *     - `year`: Known to the year.
         * @enum {string}
         */
        DatePrecision: "day" | "week" | "month" | "year";
        /**
         * @description The event type, from a small controlled vocabulary; its PLOVER category and ACLED type follow from it.
         *
         *     - `diplomatic_protest`: A formal protest: summoning an ambassador, a démarche, an official condemnation.
         *     - `consultation`: A meeting, call or visit between officials.
         *     - `state_visit`: A head of state's or minister's visit to another country.
         *     - `agreement`: A treaty, deal or other agreement is signed or concluded.
         *     - `troop_deployment`: Troops are moved to, stationed in or sent to another theatre or country.
         *     - `troop_training`: Troops are trained or prepared for an operation.
         *     - `military_aid`: Weapons, ammunition or other military support are supplied to another party.
         *     - `arms_trade`: Weapons are sold under a commercial or state contract.
         *     - `armed_assault`: An armed attack, offensive or invasion.
         *     - `intelligence_release`: An intelligence service or government discloses intelligence or imagery.
         *     - `statement`: A public statement that is itself the event.
         *     - `battle`: A clash between organised armed groups (ACLED Battles; UCDP state-based and non-state violence).
         *     - `remote_violence`: Shelling, missile, air or drone strikes, mines and other explosions at a distance.
         *     - `violence_against_civilians`: Violence by an armed group against unarmed civilians (ACLED; UCDP one-sided violence).
         *     - `protest`: A public demonstration, peaceful or met with force.
         *     - `riot`: A violent demonstration or mob violence.
         *     - `strategic_development`: A non-violent development that ACLED records as context (arrests, looting, headquarters established...).
         *     - `support`: Verbal support, praise or endorsement (PLOVER SUPPORT).
         *     - `cooperation`: Material, economic or security cooperation (PLOVER COOPERATE).
         *     - `aid`: Humanitarian, economic or other aid (PLOVER AID).
         *     - `concession`: Yielding: easing sanctions, releasing prisoners, returning property (PLOVER CONCEDE).
         *     - `retreat`: Withdrawal of forces or de-escalation (PLOVER RETREAT).
         *     - `request`: A demand, appeal or request (PLOVER REQUEST; DEMAND in PLOVER 0.5).
         *     - `accusation`: Criticism, accusation or an investigation (PLOVER ACCUSE; DISAPPROVE and INVESTIGATE in PLOVER 0.5).
         *     - `rejection`: Rejecting a proposal, demand or accusation (PLOVER REJECT).
         *     - `threat`: A threat of force, sanctions or other action (PLOVER THREATEN).
         *     - `sanction`: Sanctions, embargoes, cutting ties (PLOVER SANCTION).
         *     - `mobilization`: Raising alert, mobilising forces or resources (PLOVER MOBILIZE).
         *     - `coercion`: Arrests, expulsions, seizures and other coercion short of assault (PLOVER COERCE).
         *     - `other`: Anything that fits none of the above.
         * @enum {string}
         */
        EventType: "diplomatic_protest" | "consultation" | "state_visit" | "agreement" | "troop_deployment" | "troop_training" | "military_aid" | "arms_trade" | "armed_assault" | "intelligence_release" | "statement" | "battle" | "remote_violence" | "violence_against_civilians" | "protest" | "riot" | "strategic_development" | "support" | "cooperation" | "aid" | "concession" | "retreat" | "request" | "accusation" | "rejection" | "threat" | "sanction" | "mobilization" | "coercion" | "other";
        /**
         * @description How established an event is.
         *
         *     - `reported`: Reported by at least one source, not independently confirmed.
         *     - `confirmed`: Confirmed by the parties or by independent evidence.
         *     - `scheduled`: Announced for a future date.
         *     - `expected`: Forecast or said to be coming, with no date fixed ("soon", "likely").
         *     - `ongoing`: Under way at the time of the latest source.
         *     - `disputed`: Reported by some sources and denied or contested by others.
         *     - `denied`: Denied by a party and not confirmed.
         * @enum {string}
         */
        EventStatus: "reported" | "confirmed" | "scheduled" | "expected" | "ongoing" | "disputed" | "denied";
        /**
         * @description An actor's part in an event.
         *
         *     - `initiator`: Carries out or starts the event.
         *     - `target`: The event is directed at it.
         *     - `supplier`: Supplies weapons, troops or other support.
         *     - `recipient`: Receives the support or the goods.
         *     - `host`: Hosts a visit or a meeting.
         *     - `visitor`: Makes a visit.
         *     - `party`: A party to an agreement or a call.
         *     - `summoned`: Is summoned or called to account.
         *     - `observer`: Observes or comments without taking part.
         * @enum {string}
         */
        ParticipantRole: "initiator" | "target" | "supplier" | "recipient" | "host" | "visitor" | "party" | "summoned" | "observer";
        /**
         * @description A kind of source.
         *
         *     - `news_report`: An article or wire story by a news organisation.
         *     - `government_statement`: A statement by a government, ministry, office or embassy.
         *     - `intelligence_briefing`: A briefing by an intelligence service, usually to lawmakers or the press.
         *     - `satellite_imagery`: Satellite or aerial images released by someone.
         *     - `social_media_post`: A post on a social-media platform.
         *     - `press_briefing`: Remarks to journalists at a briefing or press conference.
         *     - `interview`: Remarks given in an interview.
         *     - `intelligence_report`: An intelligence report that is cited but not published.
         *     - `dataset`: A record in another dataset (ACLED, UCDP, GDELT...).
         *     - `other`: Anything that fits none of the above.
         * @enum {string}
         */
        SourceKind: "news_report" | "government_statement" | "intelligence_briefing" | "satellite_imagery" | "social_media_post" | "press_briefing" | "interview" | "intelligence_report" | "dataset" | "other";
        /**
         * @description A claimant's stance.
         *
         *     - `asserts`: States that something is so.
         *     - `denies`: States that something is not so.
         *     - `demands`: Demands or urges that someone act.
         *     - `condemns`: Criticises or condemns an act.
         *     - `predicts`: Says what will or is likely to happen.
         *     - `declines_to_comment`: Refuses to confirm or deny.
         *     - `does_not_confirm`: Says it cannot or has not yet confirmed something.
         *     - `pledges`: Commits the claimant to act.
         * @enum {string}
         */
        Stance: "asserts" | "denies" | "demands" | "condemns" | "predicts" | "declines_to_comment" | "does_not_confirm" | "pledges";
        /**
         * @description A claimant's own hedging.
         *
         *     - `certain`: Stated as fact.
         *     - `likely`: Hedged by the claimant as likely ("likely", "expected to").
         *     - `uncertain`: Hedged by the claimant as uncertain ("remains to be seen", "would").
         * @enum {string}
         */
        Certainty: "certain" | "likely" | "uncertain";
        /**
         * @description Independent verification of a claim, apart from the claimant's hedging.
         *
         *     - `unverified`: Nobody independent has checked it.
         *     - `corroborated`: Independent evidence or another party supports it.
         *     - `disputed`: Another party contests it.
         *     - `refuted`: Independent evidence shows it is false.
         * @enum {string}
         */
        Verification: "unverified" | "corroborated" | "disputed" | "refuted";
        /**
         * @description A claimant's hedging of a figure.
         *
         *     - `exact`: The figure is given as exact.
         *     - `approximately`: "about", "around", "some": value is the stated figure.
         *     - `more_than`: "more than": low is the stated figure, exclusive.
         *     - `less_than`: "less than": high is the stated figure, exclusive.
         *     - `at_least`: "at least", or a vague plural such as "thousands": low is the floor.
         *     - `up_to`: "up to": high is the ceiling.
         * @enum {string}
         */
        Comparator: "exact" | "approximately" | "more_than" | "less_than" | "at_least" | "up_to";
        /**
         * @description How one claim bears on another.
         *
         *     - `supports`: This claim supports the related one.
         *     - `contradicts`: This claim contradicts the related one.
         *     - `responds_to`: This claim answers the related one (a reply, a denial, a refusal to comment).
         *     - `qualified_by`: This claim is hedged or made conditional because of the related one ("would mark" while the related claim says the fact is unconfirmed).
         *     - `same_occasion`: This claim was made on the same occasion (briefing, statement, call) as the related one.
         * @enum {string}
         */
        RelationKind: "supports" | "contradicts" | "responds_to" | "qualified_by" | "same_occasion";
        /**
         * @description How a field of a record stands to its source.
         *
         *     - `inferred`: Read from the source's context, not stated in it: a date, status or attribution the curator worked out (the reason says how).
         *     - `added`: Outside knowledge the source does not give, added by the curator: an external id, an official name, a title, a coordinate, a kind.
         * @enum {string}
         */
        AnnotationMark: "inferred" | "added";
        /** @description An RFC 9457 problem details object, served as `application/problem+json`. */
        Problem: {
            /**
             * @description A URI reference naming the problem type; `about:blank` when the HTTP status says it all.
             * @example about:blank
             */
            type: string;
            /**
             * @description The HTTP status phrase.
             * @example Bad Request
             */
            title: string;
            /**
             * @description The HTTP status code, repeated.
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong and what to change, for a person.
             * @example querystring/limit: must be at most 500
             */
            detail: string;
            /**
             * @description The request path that failed.
             * @example /v1/events?limit=501
             */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            /** @description One entry per invalid parameter or field, when the request was invalid. */
            errors?: {
                /**
                 * @description Where the problem is: query, path, header or body.
                 * @example query
                 */
                in: string;
                /**
                 * @description The parameter or the JSON pointer of the field.
                 * @example limit
                 */
                name: string;
                /**
                 * @description What the value must be.
                 * @example must be at most 500
                 */
                message: string;
            }[];
        };
        /** @description A mark on one field of a record: inferred from the source's context, or added from outside it. */
        Annotation: {
            /**
             * @description The field the mark is about: a field of the record, or a key inside one (`external_ids.wikidata`).
             * @example end_date
             */
            field: string;
            /**
             * @description How the field stands to the source.
             * @example inferred
             */
            mark: components["schemas"]["AnnotationMark"];
            /**
             * @description Why, in a sentence: what the source says and what was read into it or added.
             * @example The report says only that more troops were "set to depart soon"; the end of November 2024 is our bound.
             */
            reason: string;
        };
        /** @description Where this page sits in the whole result. */
        Page: {
            /**
             * @description The page size used.
             * @example 50
             */
            limit: number;
            /**
             * @description Pass as `cursor` to get the next page; null on the last page.
             * @example null
             */
            next_cursor: string | null;
            /**
             * @description How many records match the filters, across all pages.
             * @example 12
             */
            total: number;
        };
        /** @description An RFC 9457 problem details object, served as `application/problem+json`, with the members some write problems add. */
        WriteProblem: {
            type: components["schemas"]["Problem"]["type"];
            /**
             * @description The HTTP status phrase.
             * @example Bad Request
             */
            title: string;
            /**
             * @description The HTTP status code, repeated.
             * @example 400
             */
            status: number;
            detail: components["schemas"]["Problem"]["detail"];
            /**
             * @description The request path that failed.
             * @example /v1/events?limit=501
             */
            instance?: string;
            code: components["schemas"]["ProblemCode"];
            /** @description One entry per invalid parameter, field or record. */
            errors?: {
                /**
                 * @description Where the problem is: query, path, header or body.
                 * @example body
                 */
                in: string;
                /**
                 * @description The parameter, or the JSON pointer of the field.
                 * @example /claims/3/claimant_id
                 */
                name: string;
                /**
                 * @description In a bundle: the id of the record the pointer is in.
                 * @example clm_zinoviev-cooperation-not-against-south-korea
                 */
                id?: string;
                /**
                 * @description What the value must be.
                 * @example no actor has the id "act_nobody", in this bundle or in the store
                 */
                message: string;
            }[];
            /** @description On a 409 for a delete: the records that still refer to this one. */
            referenced_by?: {
                /**
                 * @description The referring record's collection.
                 * @example claims
                 */
                collection: string;
                /**
                 * @description The referring record's id.
                 * @example clm_peskov-declines-comment-on-north-korean-troops
                 */
                id: string;
                /**
                 * @description The field that holds the reference.
                 * @example claimant_id
                 */
                field: string;
            }[];
            /**
             * @description On a 410: when the record was deleted or merged.
             * @example 2024-10-22T08:30:00.000Z
             */
            deleted_at?: string;
            /**
             * @description On a 410: why, as given on DELETE.
             * @example entered twice
             */
            reason?: string | null;
            /**
             * @description On a 410 for a merged actor: the survivor.
             * @example act_georgiy-zinoviev
             */
            merged_into?: string | null;
        };
        Health: {
            /**
             * @description Always `ok` when the server answers and its database can be read.
             * @example ok
             * @constant
             */
            status: "ok";
            /**
             * @description `true` when the server runs read-only (`READ_ONLY=true`): it serves reads, and every write gets a 503 with the code `read_only`.
             * @example false
             */
            read_only: boolean;
        };
        /** @description One write to one record. */
        Revision: {
            /**
             * @description The revision's position in commit order, over all records.
             * @example 112
             */
            seq: number;
            /**
             * @description The record's collection.
             * @example claims
             * @enum {string}
             */
            collection: "events" | "actors" | "claims" | "sources" | "places";
            /**
             * @description The record's id.
             * @example clm_nis-about-1500-special-forces-in-russia
             */
            id: string;
            /**
             * @description The record's version after this write (a deletion or merge counts as one).
             * @example 2
             */
            version: number;
            /**
             * @description What the write did. `merge`: the record was merged into `merged_into` and is gone.
             * @example update
             * @enum {string}
             */
            action: "create" | "update" | "delete" | "merge";
            /**
             * @description The name of the API key that wrote it (`seed` for the seed loader).
             * @example curator
             */
            author: string;
            /**
             * @description When it was committed (ISO 8601, UTC).
             * @example 2024-10-22T08:30:00.000Z
             */
            at: string;
            /**
             * @description For a merge, the surviving record's id.
             * @example null
             */
            merged_into: string | null;
            /**
             * @description Each top-level field that changed, with its value before and after.
             * @example {
             *       "verification": {
             *         "from": "unverified",
             *         "to": "corroborated"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    /**
                     * @description The value before the write; absent when the field was absent.
                     * @example unverified
                     */
                    from?: unknown;
                    /**
                     * @description The value after the write; absent when the field was removed.
                     * @example corroborated
                     */
                    to?: unknown;
                };
            };
            /**
             * @description The whole record after the write, in the bundle format that POST takes; null after a delete or merge.
             * @example {
             *       "id": "clm_nis-about-1500-special-forces-in-russia",
             *       "claimant_id": "act_national-intelligence-service",
             *       "verification": "corroborated"
             *     }
             */
            record: {
                [key: string]: unknown;
            } | null;
        };
        /** @description A page of the change feed. */
        ChangesPage: {
            /** @description Changes in commit order. */
            data: components["schemas"]["Revision"][];
            /**
             * @description Pass as `since` to get what comes after; keep it to resume later, even when `data` is empty.
             * @example 112
             */
            next_since: string;
            /**
             * @description True when more changes are waiting now; false when the client is up to date.
             * @example false
             */
            has_more: boolean;
        };
        /** @description A record's history. */
        RevisionList: {
            /** @description The record's revisions, oldest first, a page at a time. */
            data: components["schemas"]["Revision"][];
            page: components["schemas"]["Page"];
        };
        /** @description An actor in short. */
        ActorRef: {
            /**
             * @description The actor's id.
             * @example act_georgiy-zinoviev
             */
            id: string;
            /**
             * @description The actor's main name.
             * @example Georgiy Zinoviev
             */
            name: string;
            /**
             * @description What kind of actor this is.
             * @example person
             */
            kind: components["schemas"]["ActorKind"];
            /**
             * @description ISO 3166-1 alpha-3 code of the actor's country, where one applies.
             * @example RUS
             */
            country: string | null;
        };
        /** @description A place in short. */
        PlaceRef: {
            /**
             * @description The place's id.
             * @example plc_seoul
             */
            id: string;
            /**
             * @description The place's name.
             * @example Seoul
             */
            name: string;
            /**
             * @description ISO 3166-1 alpha-3 code.
             * @example KOR
             */
            country: string | null;
            /**
             * @description WGS 84 latitude.
             * @example 37.5665
             */
            latitude: number | null;
            /**
             * @description WGS 84 longitude.
             * @example 126.978
             */
            longitude: number | null;
        };
        /** @description An event in short. */
        EventRef: {
            /**
             * @description The event's id.
             * @example evt_2024-10-21-summons-russian-ambassador
             */
            id: string;
            /**
             * @description The event type.
             * @example diplomatic_protest
             */
            type: components["schemas"]["EventType"];
            /**
             * @description A one-line title.
             * @example South Korea summons the Russian ambassador
             */
            title: string;
            /**
             * @description First day the event may have happened (YYYY-MM-DD).
             * @example 2024-10-21
             */
            start_date: string;
            /**
             * @description Last day the event may have happened (YYYY-MM-DD).
             * @example 2024-10-21
             */
            end_date: string;
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision: components["schemas"]["DatePrecision"];
            /**
             * @description How established the event is.
             * @example confirmed
             */
            status: components["schemas"]["EventStatus"];
        };
        /** @description A source in short. */
        SourceRef: {
            /**
             * @description The source's id.
             * @example src_afp-report-2024-10-21
             */
            id: string;
            /**
             * @description What kind of source this is.
             * @example news_report
             */
            kind: components["schemas"]["SourceKind"];
            /**
             * @description The source's title or a description of it.
             * @example Seoul demands 'immediate withdrawal' of North Korean troops in Russia
             */
            title: string;
            /**
             * @description When it was published (a date or an instant).
             * @example 2024-10-21
             */
            published_at: string | null;
        };
        /** @description A claim in short. */
        ClaimRef: {
            /**
             * @description The claim's id.
             * @example clm_nis-about-1500-special-forces-in-russia
             */
            id: string;
            /**
             * @description The actor who makes the claim.
             * @example act_national-intelligence-service
             */
            claimant_id: string;
            /**
             * @description The claimant's stance.
             * @example asserts
             */
            stance: components["schemas"]["Stance"];
            /**
             * @description What the claim says, in our words.
             * @example About 1,500 North Korean special forces soldiers are in Russia.
             */
            statement: string;
        };
        /** @description Another name the actor goes by. */
        Alias: {
            /**
             * @description The alias as written.
             * @example Zinovyev
             */
            name: string;
            /**
             * @description What kind of alias this is.
             * @example spelling
             */
            kind: components["schemas"]["AliasKind"];
            /**
             * @description BCP 47 language of the alias, where known.
             * @example null
             */
            lang: string | null;
        };
        /** @description A role held in an organisation. */
        Affiliation: {
            /**
             * @description The affiliation's id.
             * @example aff_kim-hong-kyun-vice-foreign-minister
             */
            id: string;
            /**
             * @description The member's role in the organisation.
             * @example vice foreign minister
             */
            role: string;
            /**
             * @description When the role began, if known.
             * @example null
             */
            start_date: string | null;
            /**
             * @description When the role ended, if it has.
             * @example null
             */
            end_date: string | null;
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision: components["schemas"]["DatePrecision"] | null;
            /** @description The organisation the actor belongs to. */
            organisation: components["schemas"]["ActorRef"];
        };
        /** @description An actor holding a role in this organisation. */
        Membership: {
            id: components["schemas"]["Affiliation"]["id"];
            role: components["schemas"]["Affiliation"]["role"];
            /**
             * @description When the role began, if known.
             * @example null
             */
            start_date: string | null;
            /**
             * @description When the role ended, if it has.
             * @example null
             */
            end_date: string | null;
            date_precision: components["schemas"]["Affiliation"]["date_precision"];
            /** @description The member. */
            member: components["schemas"]["ActorRef"];
        };
        /** @description An actor with its affiliations and members. */
        ActorDetail: {
            /**
             * @description Stable id, never reused.
             * @example act_georgiy-zinoviev
             */
            id: string;
            /**
             * @description What kind of actor this is.
             * @example person
             */
            kind: components["schemas"]["ActorKind"];
            /**
             * @description The actor's main name.
             * @example Georgiy Zinoviev
             */
            name: string;
            country: components["schemas"]["ActorRef"]["country"];
            /**
             * @description Who the actor is, in a sentence.
             * @example Russia's ambassador to South Korea.
             */
            description: string | null;
            /** @description Other names and spellings, including those the sources use. */
            aliases: components["schemas"]["Alias"][];
            external_ids: components["schemas"]["ActorExternalIds"];
            annotations: components["schemas"]["ActorAnnotations"];
            /**
             * @description Incremented on every change to the record.
             * @example 1
             */
            version: number;
            /**
             * @description When the record was created here (ISO 8601, UTC).
             * @example 2024-10-21T09:00:00.000Z
             */
            created_at: string;
            /**
             * @description When the record last changed here (ISO 8601, UTC).
             * @example 2024-10-21T09:00:00.000Z
             */
            updated_at: string;
            /** @description Roles this actor holds in organisations. */
            affiliations: components["schemas"]["Affiliation"][];
            /** @description Actors holding roles in this one. */
            members: components["schemas"]["Membership"][];
            /**
             * @description How many events the actor takes part in (see `/v1/actors/{id}/events`).
             * @example 1
             */
            event_count: number;
            /**
             * @description How many claims the actor makes (see `/v1/actors/{id}/claims`).
             * @example 1
             */
            claim_count: number;
        };
        /** @description An actor in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`). */
        ActorListItem: {
            /**
             * @description Stable id, never reused.
             * @example act_georgiy-zinoviev
             */
            id: string;
            /**
             * @description What kind of actor this is.
             * @example person
             */
            kind?: components["schemas"]["ActorKind"];
            /**
             * @description The actor's main name.
             * @example Georgiy Zinoviev
             */
            name?: string;
            country?: components["schemas"]["ActorRef"]["country"];
            description?: components["schemas"]["ActorDetail"]["description"];
            aliases?: components["schemas"]["ActorDetail"]["aliases"];
            external_ids?: components["schemas"]["ActorExternalIds"];
            annotations?: components["schemas"]["ActorAnnotations"];
            version?: components["schemas"]["ActorDetail"]["version"];
            created_at?: components["schemas"]["ActorDetail"]["created_at"];
            updated_at?: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description With `include=affiliations`: roles this actor holds in organisations. */
            affiliations?: components["schemas"]["Affiliation"][];
        };
        /** @description A figure inside a claim, with its hedging. */
        Quantity: {
            /**
             * @description The quantity's id.
             * @example qty_nis-about-1500-special-forces-in-russia
             */
            id: string;
            /**
             * @description What is counted.
             * @example North Korean special forces soldiers in Russia
             */
            subject: string;
            /**
             * @description The unit counted in.
             * @example soldiers
             */
            unit: string;
            /**
             * @description The stated figure, when one is stated.
             * @example 1500
             */
            value: number | null;
            /**
             * @description The lower bound, when one is stated or implied.
             * @example null
             */
            low: number | null;
            /**
             * @description The upper bound, when one is stated or implied.
             * @example null
             */
            high: number | null;
            /**
             * @description The claimant's hedging of the figure.
             * @example approximately
             */
            comparator: components["schemas"]["Comparator"];
            /**
             * @description The figure as the source words it.
             * @example about 1,500
             */
            text: string | null;
        };
        /** @description A link to another claim. */
        ClaimRelation: {
            /**
             * @description How the claims are related.
             * @example responds_to
             */
            kind: components["schemas"]["RelationKind"];
            /**
             * @description `outgoing`: this claim *kind* the other. `incoming`: the other claim *kind* this one.
             * @example outgoing
             * @enum {string}
             */
            direction: "outgoing" | "incoming";
            claim: components["schemas"]["ClaimRef"];
        };
        /** @description A claim with its claimant, source, event, figures and links. */
        ClaimDetail: {
            /**
             * @description Stable id, never reused.
             * @example clm_zinoviev-cooperation-not-against-south-korea
             */
            id: string;
            /**
             * @description The actor who makes the claim.
             * @example act_georgiy-zinoviev
             */
            claimant_id: string;
            /**
             * @description The source the claim is recorded in.
             * @example src_russian-embassy-statement-2024-10-21
             */
            source_id: string;
            /**
             * @description The event the claim is about, if any.
             * @example evt_2024-10-21-summons-russian-ambassador
             */
            event_id: string | null;
            /**
             * @description What the claim says, normalised, in our words.
             * @example Russia's cooperation with North Korea is not aimed at South Korea's security.
             */
            statement: string;
            quote: components["schemas"]["ClaimQuote"];
            /**
             * @description The claimant's stance.
             * @example denies
             */
            stance: components["schemas"]["Stance"];
            /**
             * @description The claimant's own hedging.
             * @example certain
             */
            certainty: components["schemas"]["Certainty"];
            /**
             * @description Independent verification, apart from the claimant's hedging.
             * @example unverified
             */
            verification: components["schemas"]["Verification"];
            claimed_at: components["schemas"]["ClaimClaimedAt"];
            /**
             * @description How precisely `claimed_at` is known.
             * @example day
             */
            claimed_precision: components["schemas"]["DatePrecision"] | null;
            annotations: components["schemas"]["ClaimAnnotations"];
            version: components["schemas"]["ActorDetail"]["version"];
            created_at: components["schemas"]["ActorDetail"]["created_at"];
            updated_at: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description The claimant, embedded. */
            claimant: components["schemas"]["ActorRef"];
            /** @description The source, embedded. */
            source: components["schemas"]["SourceRef"];
            /** @description The event, embedded. */
            event: components["schemas"]["EventRef"] | null;
            /** @description Actors the claim is about. */
            about_actors: components["schemas"]["ActorRef"][];
            /** @description Figures the claim states. */
            quantities: components["schemas"]["Quantity"][];
            /** @description Links to claims this one answers, supports or contradicts, and to claims that do so to it. */
            relations: components["schemas"]["ClaimRelation"][];
        };
        /** @description A claim in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`). */
        ClaimListItem: {
            id: components["schemas"]["ClaimDetail"]["id"];
            /**
             * @description The actor who makes the claim.
             * @example act_georgiy-zinoviev
             */
            claimant_id?: string;
            source_id?: components["schemas"]["ClaimDetail"]["source_id"];
            event_id?: components["schemas"]["ClaimDetail"]["event_id"];
            statement?: components["schemas"]["ClaimDetail"]["statement"];
            quote?: components["schemas"]["ClaimQuote"];
            /**
             * @description The claimant's stance.
             * @example denies
             */
            stance?: components["schemas"]["Stance"];
            /**
             * @description The claimant's own hedging.
             * @example certain
             */
            certainty?: components["schemas"]["Certainty"];
            /**
             * @description Independent verification, apart from the claimant's hedging.
             * @example unverified
             */
            verification?: components["schemas"]["Verification"];
            claimed_at?: components["schemas"]["ClaimClaimedAt"];
            claimed_precision?: components["schemas"]["ClaimDetail"]["claimed_precision"];
            annotations?: components["schemas"]["ClaimAnnotations"];
            version?: components["schemas"]["ActorDetail"]["version"];
            created_at?: components["schemas"]["ActorDetail"]["created_at"];
            updated_at?: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description With `include=claimant`: the claimant, embedded. */
            claimant?: components["schemas"]["ActorRef"];
            /** @description With `include=source`: the source, embedded. */
            source?: components["schemas"]["SourceRef"];
            /** @description With `include=event`: the event, embedded. */
            event?: components["schemas"]["EventRef"] | null;
            /** @description With `include=about_actors`: actors the claim is about. */
            about_actors?: components["schemas"]["ActorRef"][];
            /** @description With `include=quantities`: figures the claim states. */
            quantities?: components["schemas"]["Quantity"][];
            /** @description With `include=relations`: links to and from other claims. */
            relations?: components["schemas"]["ClaimRelation"][];
        };
        /** @description An actor taking part in an event, with its role. */
        Participant: {
            /**
             * @description The actor's part in the event.
             * @example summoned
             */
            role: components["schemas"]["ParticipantRole"];
            actor: components["schemas"]["ActorRef"];
        };
        /** @description An event with its place, participants, claims and sources; `include=` narrows what is embedded. */
        EventDetail: {
            /**
             * @description Stable id, never reused.
             * @example evt_2024-10-21-summons-russian-ambassador
             */
            id: string;
            /**
             * @description The event type, from a small controlled vocabulary.
             * @example diplomatic_protest
             */
            type: components["schemas"]["EventType"];
            /**
             * @description The PLOVER category the type maps to.
             * @example ACCUSE
             */
            plover_category: string;
            /**
             * @description The ACLED event type, where one fits.
             * @example null
             */
            acled_event_type: string | null;
            /**
             * @description The ACLED sub-event type, where one fits.
             * @example null
             */
            acled_sub_event_type: string | null;
            /**
             * @description A one-line title, in our words.
             * @example South Korea summons the Russian ambassador
             */
            title: string;
            /**
             * @description A short summary, in our words.
             * @example South Korea's foreign ministry summoned Russia's ambassador over North Korea's troop dispatch.
             */
            summary: string;
            start_date: components["schemas"]["EventRef"]["start_date"];
            /**
             * @description Last day the event may have happened (YYYY-MM-DD). With precision `month`, a month's first and last days.
             * @example 2024-10-21
             */
            end_date: string;
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision: components["schemas"]["DatePrecision"];
            /**
             * @description How established the event is.
             * @example confirmed
             */
            status: components["schemas"]["EventStatus"];
            /**
             * @description Where it happened, if known.
             * @example plc_seoul
             */
            place_id: string | null;
            external_ids: components["schemas"]["ActorExternalIds"];
            annotations: components["schemas"]["EventAnnotations"];
            version: components["schemas"]["ActorDetail"]["version"];
            created_at: components["schemas"]["ActorDetail"]["created_at"];
            updated_at: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description The place, embedded (left out when `include=` does not name `place`). */
            place?: components["schemas"]["PlaceRef"] | null;
            /** @description Who took part, with their roles (left out when `include=` does not name `participants`). */
            participants?: components["schemas"]["Participant"][];
            /** @description Claims about this event (left out when `include=` does not name `claims`). */
            claims?: components["schemas"]["ClaimRef"][];
            /** @description Sources of those claims (left out when `include=` does not name `sources`). */
            sources?: components["schemas"]["SourceRef"][];
        };
        /** @description An event in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`). */
        EventListItem: {
            id: components["schemas"]["EventDetail"]["id"];
            /**
             * @description The event type, from a small controlled vocabulary.
             * @example diplomatic_protest
             */
            type?: components["schemas"]["EventType"];
            /**
             * @description The PLOVER category the type maps to.
             * @example ACCUSE
             */
            plover_category?: string;
            /**
             * @description The ACLED event type, where one fits.
             * @example null
             */
            acled_event_type?: string | null;
            /**
             * @description The ACLED sub-event type, where one fits.
             * @example null
             */
            acled_sub_event_type?: string | null;
            title?: components["schemas"]["EventDetail"]["title"];
            summary?: components["schemas"]["EventDetail"]["summary"];
            start_date?: components["schemas"]["EventRef"]["start_date"];
            end_date?: components["schemas"]["EventDetail"]["end_date"];
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision?: components["schemas"]["DatePrecision"];
            /**
             * @description How established the event is.
             * @example confirmed
             */
            status?: components["schemas"]["EventStatus"];
            /**
             * @description Where it happened, if known.
             * @example plc_seoul
             */
            place_id?: string | null;
            external_ids?: components["schemas"]["ActorExternalIds"];
            annotations?: components["schemas"]["EventAnnotations"];
            version?: components["schemas"]["ActorDetail"]["version"];
            created_at?: components["schemas"]["ActorDetail"]["created_at"];
            updated_at?: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description With `include=place`: the place, embedded. */
            place?: components["schemas"]["PlaceRef"] | null;
            /** @description With `include=participants`: who took part, with their roles. */
            participants?: components["schemas"]["Participant"][];
            /** @description With `include=claims`: claims about this event. */
            claims?: components["schemas"]["ClaimRef"][];
            /** @description With `include=sources`: sources of those claims. */
            sources?: components["schemas"]["SourceRef"][];
        };
        /** @description An event as a GeoJSON feature: its fields are the properties, its place (embedded) the point. */
        EventFeature: {
            /**
             * @description Always `Feature`.
             * @example Feature
             * @constant
             */
            type: "Feature";
            /**
             * @description The event's id.
             * @example evt_2024-10-08-north-korea-ships-special-forces-to-russia
             */
            id: string;
            /** @description The place's position; null when the event has no place or the place no coordinates. */
            geometry: {
                /**
                 * @description Always `Point`.
                 * @example Point
                 * @constant
                 */
                type: "Point";
                /**
                 * @description `[longitude, latitude]` of the event's place (WGS 84).
                 * @example [
                 *       131.8855,
                 *       43.1155
                 *     ]
                 */
                coordinates: number[];
            } | null;
            properties: components["schemas"]["EventListItem"];
        };
        /** @description A page of events as a GeoJSON FeatureCollection (RFC 7946), with the page as a foreign member. */
        EventFeatureCollection: {
            /**
             * @description Always `FeatureCollection`.
             * @example FeatureCollection
             * @constant
             */
            type: "FeatureCollection";
            /** @description The events on this page. */
            features: components["schemas"]["EventFeature"][];
            page: components["schemas"]["Page"];
        };
        /** @description A place with its events. */
        PlaceDetail: {
            /**
             * @description Stable id, never reused.
             * @example plc_vladivostok
             */
            id: string;
            /**
             * @description The place's name.
             * @example Vladivostok
             */
            name: string;
            /**
             * @description What kind of place this is.
             * @example city
             */
            kind: components["schemas"]["PlaceKind"];
            /**
             * @description ISO 3166-1 alpha-3 code.
             * @example RUS
             */
            country: string | null;
            /**
             * @description First-level administrative division, where known.
             * @example Primorsky Krai
             */
            admin1: string | null;
            /**
             * @description WGS 84 latitude in degrees.
             * @example 43.1155
             */
            latitude: number | null;
            /**
             * @description WGS 84 longitude in degrees.
             * @example 131.8855
             */
            longitude: number | null;
            /**
             * @description What the coordinates stand for.
             * @example locality
             */
            geo_precision: components["schemas"]["GeoPrecision"];
            external_ids: components["schemas"]["ActorExternalIds"];
            annotations: components["schemas"]["PlaceAnnotations"];
            version: components["schemas"]["ActorDetail"]["version"];
            created_at: components["schemas"]["ActorDetail"]["created_at"];
            updated_at: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description Events at this place, earliest first. */
            events: components["schemas"]["EventRef"][];
        };
        /** @description A place in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`). */
        PlaceListItem: {
            /**
             * @description Stable id, never reused.
             * @example plc_vladivostok
             */
            id: string;
            /**
             * @description The place's name.
             * @example Vladivostok
             */
            name?: string;
            /**
             * @description What kind of place this is.
             * @example city
             */
            kind?: components["schemas"]["PlaceKind"];
            /**
             * @description ISO 3166-1 alpha-3 code.
             * @example RUS
             */
            country?: string | null;
            admin1?: components["schemas"]["PlaceDetail"]["admin1"];
            /**
             * @description WGS 84 latitude in degrees.
             * @example 43.1155
             */
            latitude?: number | null;
            /**
             * @description WGS 84 longitude in degrees.
             * @example 131.8855
             */
            longitude?: number | null;
            /**
             * @description What the coordinates stand for.
             * @example locality
             */
            geo_precision?: components["schemas"]["GeoPrecision"];
            external_ids?: components["schemas"]["ActorExternalIds"];
            annotations?: components["schemas"]["PlaceAnnotations"];
            version?: components["schemas"]["ActorDetail"]["version"];
            created_at?: components["schemas"]["ActorDetail"]["created_at"];
            updated_at?: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description With `include=events`: events at this place, earliest first. */
            events?: components["schemas"]["EventRef"][];
        };
        /** @description A source with its publisher, attribution chain and claims. */
        SourceDetail: {
            /**
             * @description Stable id, never reused.
             * @example src_russian-embassy-statement-2024-10-21
             */
            id: string;
            /**
             * @description What kind of source this is.
             * @example government_statement
             */
            kind: components["schemas"]["SourceKind"];
            /**
             * @description The source's title, or a description where it has none.
             * @example Statement by the Russian embassy in Seoul on the ambassador's summons
             */
            title: string;
            /**
             * @description The actor that published it.
             * @example act_russian-embassy-seoul
             */
            publisher_id: string | null;
            /**
             * @description The author or byline, as given.
             * @example null
             */
            author: string | null;
            /**
             * @description When it was published: a date (YYYY-MM-DD) or an instant.
             * @example 2024-10-21
             */
            published_at: string | null;
            /**
             * @description How precisely `published_at` is known.
             * @example day
             */
            published_precision: components["schemas"]["DatePrecision"] | null;
            /**
             * @description BCP 47 language tag.
             * @example en
             */
            language: string | null;
            /**
             * @description Where it can be read, where known.
             * @example null
             */
            url: string | null;
            /**
             * @description The source through which this one is known: a statement *as reported in* an article.
             * @example src_afp-report-2024-10-21
             */
            parent_id: string | null;
            /**
             * @description Notes on the source.
             * @example null
             */
            description: string | null;
            external_ids: components["schemas"]["ActorExternalIds"];
            annotations: components["schemas"]["SourceAnnotations"];
            version: components["schemas"]["ActorDetail"]["version"];
            created_at: components["schemas"]["ActorDetail"]["created_at"];
            updated_at: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description The publisher, embedded. */
            publisher: components["schemas"]["ActorRef"] | null;
            /** @description The source this one is known through, embedded. */
            parent: components["schemas"]["SourceRef"] | null;
            /** @description Sources known through this one. */
            children: components["schemas"]["SourceRef"][];
            /** @description Claims recorded in this source. */
            claims: components["schemas"]["ClaimRef"][];
        };
        /** @description A source in a list, with what `include=` asked for. With `fields=`, only the fields named (and `id`). */
        SourceListItem: {
            id: components["schemas"]["SourceDetail"]["id"];
            /**
             * @description What kind of source this is.
             * @example government_statement
             */
            kind?: components["schemas"]["SourceKind"];
            title?: components["schemas"]["SourceDetail"]["title"];
            publisher_id?: components["schemas"]["SourceDetail"]["publisher_id"];
            /**
             * @description The author or byline, as given.
             * @example null
             */
            author?: string | null;
            published_at?: components["schemas"]["SourceDetail"]["published_at"];
            published_precision?: components["schemas"]["SourceDetail"]["published_precision"];
            /**
             * @description BCP 47 language tag.
             * @example en
             */
            language?: string | null;
            /**
             * @description Where it can be read, where known.
             * @example null
             */
            url?: string | null;
            parent_id?: components["schemas"]["SourceDetail"]["parent_id"];
            /**
             * @description Notes on the source.
             * @example null
             */
            description?: string | null;
            external_ids?: components["schemas"]["ActorExternalIds"];
            annotations?: components["schemas"]["SourceAnnotations"];
            version?: components["schemas"]["ActorDetail"]["version"];
            created_at?: components["schemas"]["ActorDetail"]["created_at"];
            updated_at?: components["schemas"]["ActorDetail"]["updated_at"];
            /** @description With `include=publisher`: the publisher, embedded. */
            publisher?: components["schemas"]["ActorRef"] | null;
            /** @description With `include=parent`: the source this one is known through, embedded. */
            parent?: components["schemas"]["SourceRef"] | null;
            /** @description With `include=claims`: claims recorded in this source. */
            claims?: components["schemas"]["ClaimRef"][];
        };
        /** @description What a bundle import did, by collection. */
        ImportResult: {
            /**
             * @description The format read.
             * @example bundle
             * @constant
             */
            format: "bundle";
            /**
             * @description `true`: nothing was written; the counts say what the import would have done.
             * @example false
             */
            dry_run: boolean;
            actors: components["schemas"]["ImportActors"];
            places: components["schemas"]["ImportPlaces"];
            sources: components["schemas"]["ImportSources"];
            events: components["schemas"]["ImportEvents"];
            claims: components["schemas"]["ImportClaims"];
        };
        /** @description What the import of one dataset file did: counts by collection, and each rejected row by line. */
        ImportReport: {
            /**
             * @description The format read.
             * @example ucdp-ged
             * @enum {string}
             */
            format: "ucdp-ged" | "ucdp-json" | "acled" | "gdelt" | "plover";
            dry_run: components["schemas"]["ImportResult"]["dry_run"];
            /**
             * @description Records read from the file (a CSV's header not counted).
             * @example 150
             */
            rows: number;
            /**
             * @description Rows applied (or, in a dry run, that would have been).
             * @example 149
             */
            imported: number;
            /** @description Rows refused, with their line and reason, in file order. The other rows went in without them. */
            rejected: components["schemas"]["ImportRejected"][];
            /** @description Rows that carry no event (a PLOVER DOCUMENT record, for example), with why. */
            skipped: components["schemas"]["ImportRejected"][];
            /** @description What the import did to the records of each collection: one row makes an event, its claims, and the actors, places and sources they need. */
            counts: {
                actors: components["schemas"]["ImportActors"];
                places: components["schemas"]["ImportPlaces"];
                sources: components["schemas"]["ImportSources"];
                events: components["schemas"]["ImportEvents"];
                claims: components["schemas"]["ImportClaims"];
            };
            /** @description Events of this dataset the store holds that the file does not. */
            missing: {
                /**
                 * @description The external-id scheme of the format's dataset.
                 * @example ucdp-ged
                 */
                scheme: string;
                /**
                 * @description How many events of this dataset are stored but absent from the file.
                 * @example 0
                 */
                count: number;
                /**
                 * @description The first 100 of them: rows a newer full export no longer has (the store keeps them; delete them if the dataset withdrew them).
                 * @example []
                 */
                external_ids: string[];
            };
        };
        /** @description A dataset file being imported in the background, or imported: where it stands, and its report once done. */
        ImportJob: {
            /**
             * @description The job's id.
             * @example imp_3f9a1c0d7e2b4a6c8d1e
             */
            id: string;
            format: components["schemas"]["ImportReport"]["format"];
            /**
             * @description `true`: the job checks and counts, then rolls back.
             * @example false
             */
            dry_run: boolean;
            /**
             * @description `queued` (accepted, not started), `running`, `committed` (every record is in the store, all at once), `checked` (a dry run finished; nothing was written), or `failed` (nothing of it was written; `error` says why, and a job cut off by a crash or restart is failed too).
             * @example running
             * @enum {string}
             */
            state: "queued" | "running" | "committed" | "checked" | "failed";
            /**
             * @description The API key whose name the import's revisions carry.
             * @example analyst
             */
            author: string;
            /**
             * @description Rows of the file read so far (all of them once the job has ended).
             * @example 125000
             */
            rows_read: number;
            /**
             * @description Bytes of the file read so far.
             * @example 80000000
             */
            bytes_read: number;
            /**
             * @description The file's size in bytes.
             * @example 224000000
             */
            bytes_total: number;
            /**
             * @description When the file was received.
             * @example 2026-12-04T18:00:00.000Z
             */
            created_at: string;
            /**
             * @description When the worker started reading it.
             * @example 2026-12-04T18:00:00.050Z
             */
            started_at: string | null;
            /**
             * @description When it committed, finished a dry run or failed.
             * @example null
             */
            finished_at: string | null;
            /** @description Once `committed` or `checked`: the same report a synchronous import answers with. */
            report: components["schemas"]["ImportReport"] | null;
            /**
             * @description Once `failed`: why.
             * @example null
             */
            error: string | null;
        };
        /** @description One group and its count. */
        StatsGroup: {
            /**
             * @description The value counted: a type, a month, a country code, an actor's id...; null for records that have none.
             * @example asserts
             */
            key: string | null;
            /**
             * @description A name for the key, where it is an id (an actor's name); otherwise null.
             * @example null
             */
            label: string | null;
            /**
             * @description How many records have this key.
             * @example 14
             */
            count: number;
            /**
             * @description With `measure`: the sum of the group's events' figures in that unit, one figure per event; null when none of them has one.
             * @example 11500
             */
            sum?: number | null;
            /**
             * @description With `measure`: how many of the group's events have a figure in that unit (the others add nothing to `sum`).
             * @example 2
             */
            measured?: number;
        };
        /** @description Counts of the records matching the filters, by group. */
        Stats: {
            /**
             * @description The grouping asked for.
             * @example stance
             */
            group_by: string;
            /** @description The groups, largest first (ties by key); with `limit`, the first `limit` of them. */
            data: components["schemas"]["StatsGroup"][];
            /**
             * @description How many groups there are in all, whatever `limit` kept.
             * @example 5
             */
            groups: number;
            /**
             * @description How many records match the filters (with `group_by=actor`, groups may add up to more).
             * @example 37
             */
            total: number;
            /** @description With `measure`: what each `sum` adds up. */
            measure?: {
                /**
                 * @description The unit added up.
                 * @example deaths
                 */
                unit: string;
                /**
                 * @description Which figure of an event counted.
                 * @example max
                 */
                per_event: string;
                /**
                 * @description Which part of a figure counted.
                 * @example value
                 */
                figure: string;
                /**
                 * @description What was added, in words.
                 * @example per event, the largest deaths figure claimed about it (a figure's value, else its low, else its high)
                 */
                added: string;
            };
        };
        /** @description An event that is probably the same real event as the one asked about, with a score and the reasons. Nothing is merged. */
        SimilarEvent: {
            event: components["schemas"]["EventRef"];
            /**
             * @description How likely the two records describe the same real event, from 0 to 1: date agreement (up to 0.4), nearness (up to 0.45), shared actors (0.2, or 0.3 for two or more), same type (0.1). A ranking aid, not a probability.
             * @example 0.85
             */
            score: number;
            /**
             * @description Great-circle distance between the two events' places, in km; null when either has no coordinates.
             * @example 3.2
             */
            distance_km: number | null;
            /** @description Actors taking part in both events. */
            shared_actors: components["schemas"]["ActorRef"][];
            /**
             * @description Why this event is a candidate, one reason a line, for a person to judge.
             * @example [
             *       "same day (2026-05-01)",
             *       "places 3.2 km apart (within 25 km)",
             *       "same type (battle)"
             *     ]
             */
            reasons: string[];
        };
        /** @description With `as_of`: the record as it was at that instant, in the bundle format that POST takes (its revision's `record`); `X-Record-Version` gives its version. */
        RecordAsOf: {
            [key: string]: unknown;
        };
        /**
         * @example {
         *       "type": "consultation",
         *       "title": "South Korea and Ukraine discuss North Korean troops in Russia",
         *       "summary": "Officials of the two countries spoke about North Korea's troop dispatch.",
         *       "start_date": "2024-10-21",
         *       "date_precision": "day",
         *       "place_id": "plc_seoul",
         *       "status": "reported",
         *       "participants": [
         *         {
         *           "actor_id": "act_south-korea",
         *           "role": "party"
         *         },
         *         {
         *           "actor_id": "act_ukraine",
         *           "role": "party"
         *         }
         *       ]
         *     }
         */
        CreateEventBody: {
            /**
             * @description Stable id: `evt_` then lower-case letters, digits, `-` or `_`.
             * @example evt_2024-10-21-seoul-kyiv-consultation
             */
            id?: string;
            /**
             * @description The event type; its PLOVER category and ACLED type follow from it.
             * @example consultation
             */
            type: components["schemas"]["EventType"];
            /**
             * @description A one-line title, in our words.
             * @example South Korea and Ukraine discuss North Korean troops in Russia
             */
            title: string;
            /**
             * @description A short summary, in our words.
             * @example Officials of the two countries spoke about North Korea's troop dispatch.
             */
            summary: string;
            /**
             * @description YYYY-MM-DD, YYYY-MM or YYYY; widened to the interval `date_precision` covers.
             * @example 2024-10-21
             */
            start_date: string;
            /**
             * @description The last date, if the event spans more than one `date_precision` unit.
             * @example 2024-10-22
             */
            end_date?: string;
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision: components["schemas"]["DatePrecision"];
            /**
             * @description Where it happened.
             * @example plc_seoul
             */
            place_id?: string;
            /**
             * @description How established the event is.
             * @example reported
             */
            status: components["schemas"]["EventStatus"];
            /**
             * @description Who took part: `{ actor_id, role }`.
             * @default []
             * @example [
             *       {
             *         "actor_id": "act_south-korea",
             *         "role": "party"
             *       }
             *     ]
             */
            participants: components["schemas"]["CreateEventParticipant"][];
            external_ids?: components["schemas"]["CreateEventExternalIds"];
            /**
             * @description Where the record says more than its source: `{ field, mark (inferred, added), reason }`, one per field inferred from the source's context or added from outside knowledge. `field` names a field the record holds, or a key inside one (`external_ids.wikidata`).
             * @default []
             * @example [
             *       {
             *         "field": "place_id",
             *         "mark": "inferred",
             *         "reason": "The source does not say where the officials met; they are placed in Seoul, where both delegations were that day."
             *       }
             *     ]
             */
            annotations: components["schemas"]["CreateEventAnnotation"][];
        };
        /**
         * @example {
         *       "status": "confirmed"
         *     }
         */
        UpdateEventBody: {
            /**
             * @description The event type; its PLOVER category and ACLED type follow from it.
             * @example consultation
             */
            type?: components["schemas"]["EventType"];
            title?: components["schemas"]["CreateEventBody"]["title"];
            summary?: components["schemas"]["CreateEventBody"]["summary"];
            start_date?: components["schemas"]["CreateEventBody"]["start_date"];
            end_date?: components["schemas"]["CreateEventBody"]["end_date"] | null;
            /**
             * @description How precisely the dates are known.
             * @example day
             */
            date_precision?: components["schemas"]["DatePrecision"];
            place_id?: components["schemas"]["CreateEventBody"]["place_id"] | null;
            /**
             * @description How established the event is.
             * @example reported
             */
            status?: components["schemas"]["EventStatus"];
            participants?: components["schemas"]["CreateEventParticipant"][] | null;
            external_ids?: components["schemas"]["UpdateEventExternalIds"];
            annotations?: components["schemas"]["CreateEventAnnotation"][] | null;
        };
        /**
         * @example {
         *       "kind": "person",
         *       "name": "Andrei Belousov",
         *       "country": "RUS",
         *       "description": "Russia's defence minister.",
         *       "aliases": [
         *         {
         *           "name": "Belousov",
         *           "kind": "short_name"
         *         }
         *       ],
         *       "affiliations": [
         *         {
         *           "organisation_id": "act_russia",
         *           "role": "defence minister"
         *         }
         *       ],
         *       "external_ids": {
         *         "wikidata": "Q4143355"
         *       }
         *     }
         */
        CreateActorBody: {
            /**
             * @description Stable id: `act_` then lower-case letters, digits, `-` or `_`.
             * @example act_andrei-belousov
             */
            id?: string;
            /**
             * @description What kind of actor it is.
             * @example person
             */
            kind: components["schemas"]["ActorKind"];
            /**
             * @description The actor's main name.
             * @example Andrei Belousov
             */
            name: string;
            /**
             * @description ISO 3166-1 alpha-3 code of the actor's country.
             * @example RUS
             */
            country?: string;
            /**
             * @description Who the actor is, in a sentence.
             * @example Russia's defence minister.
             */
            description?: string;
            /**
             * @description Other names: `{ name, kind (spelling, metonym, abbreviation, short_name, former_name, native_name), lang? }`. No two may fold to the same name.
             * @default []
             * @example [
             *       {
             *         "name": "Belousov",
             *         "kind": "short_name"
             *       }
             *     ]
             */
            aliases: components["schemas"]["CreateActorAlias"][];
            /**
             * @description Roles in organisations: `{ organisation_id, role, start_date?, end_date?, date_precision? }`.
             * @default []
             * @example [
             *       {
             *         "organisation_id": "act_russia",
             *         "role": "defence minister"
             *       }
             *     ]
             */
            affiliations: components["schemas"]["CreateActorAffiliation"][];
            /**
             * @description Ids in other datasets, by scheme; each may belong to one actor only.
             * @default {}
             * @example {
             *       "wikidata": "Q4143355"
             *     }
             */
            external_ids: {
                [key: string]: string;
            };
            /**
             * @description Where the record says more than its source: `{ field, mark (inferred, added), reason }`, one per field inferred from the source's context or added from outside knowledge. `field` names a field the record holds, or a key inside one (`external_ids.wikidata`).
             * @default []
             * @example [
             *       {
             *         "field": "external_ids.wikidata",
             *         "mark": "added",
             *         "reason": "Wikidata's id for the person; not in the source."
             *       }
             *     ]
             */
            annotations: components["schemas"]["CreateEventAnnotation"][];
        };
        /**
         * @example {
         *       "description": "Russia's ambassador to South Korea since 2022.",
         *       "aliases": [
         *         {
         *           "name": "Zinovyev",
         *           "kind": "spelling"
         *         },
         *         {
         *           "name": "Zinoviev",
         *           "kind": "short_name"
         *         }
         *       ]
         *     }
         */
        UpdateActorBody: {
            /**
             * @description What kind of actor it is.
             * @example person
             */
            kind?: components["schemas"]["ActorKind"];
            name?: components["schemas"]["CreateActorBody"]["name"];
            country?: components["schemas"]["CreateActorBody"]["country"] | null;
            description?: components["schemas"]["CreateActorBody"]["description"] | null;
            aliases?: components["schemas"]["CreateActorAlias"][] | null;
            affiliations?: components["schemas"]["CreateActorAffiliation"][] | null;
            external_ids?: {
                [key: string]: string;
            } | null;
            annotations?: components["schemas"]["CreateEventAnnotation"][] | null;
        };
        /**
         * @example {
         *       "claimant_id": "act_national-intelligence-service",
         *       "source_id": "src_nis-briefing-2024-10-18",
         *       "event_id": "evt_2024-10-north-korea-troop-deployment-to-russia",
         *       "statement": "About 1,500 North Korean special forces soldiers are in Russia.",
         *       "stance": "asserts",
         *       "certainty": "certain",
         *       "verification": "unverified",
         *       "claimed_at": "2024-10-18",
         *       "claimed_precision": "day",
         *       "about_actor_ids": [
         *         "act_north-korea",
         *         "act_russia"
         *       ],
         *       "quantities": [
         *         {
         *           "subject": "North Korean special forces soldiers in Russia",
         *           "unit": "soldiers",
         *           "value": 1500,
         *           "comparator": "approximately",
         *           "text": "about 1,500"
         *         }
         *       ]
         *     }
         */
        CreateClaimBody: {
            /**
             * @description Stable id: `clm_` then lower-case letters, digits, `-` or `_`.
             * @example clm_nis-more-troops-to-follow
             */
            id?: string;
            /**
             * @description The actor who makes the claim.
             * @example act_national-intelligence-service
             */
            claimant_id: string;
            /**
             * @description The source the claim is recorded in.
             * @example src_nis-briefing-2024-10-18
             */
            source_id: string;
            /**
             * @description The event the claim is about.
             * @example evt_2024-10-north-korea-troop-deployment-to-russia
             */
            event_id?: string;
            /**
             * @description What the claim says, in our words.
             * @example About 1,500 North Korean special forces soldiers are in Russia.
             */
            statement: string;
            /**
             * @description The claimant's words, verbatim as the source quotes them.
             * @example about 1,500
             */
            quote?: string;
            /**
             * @description The claimant's stance.
             * @example asserts
             */
            stance: components["schemas"]["Stance"];
            /**
             * @description The claimant's own hedging.
             * @example certain
             */
            certainty: components["schemas"]["Certainty"];
            /**
             * @description Independent verification, apart from the claimant's hedging.
             * @example corroborated
             */
            verification: components["schemas"]["Verification"];
            /**
             * @description When the claimant said it (YYYY-MM-DD, YYYY-MM or YYYY).
             * @example 2024-10-18
             */
            claimed_at?: string;
            /**
             * @description How precisely `claimed_at` is known.
             * @example day
             */
            claimed_precision?: components["schemas"]["DatePrecision"];
            /**
             * @description Actors the claim is about.
             * @default []
             * @example [
             *       "act_north-korea",
             *       "act_russia"
             *     ]
             */
            about_actor_ids: string[];
            /**
             * @description Figures: `{ id?, subject, unit, value?, low?, high?, comparator, text? }`; at least one of value, low, high.
             * @default []
             * @example [
             *       {
             *         "subject": "soldiers",
             *         "unit": "soldiers",
             *         "value": 1500,
             *         "comparator": "approximately",
             *         "text": "about 1,500"
             *       }
             *     ]
             */
            quantities: components["schemas"]["CreateClaimQuantity"][];
            /**
             * @description Links to other claims: `{ kind (supports, contradicts, responds_to, qualified_by, same_occasion), related_claim_id }`.
             * @default []
             * @example [
             *       {
             *         "kind": "supports",
             *         "related_claim_id": "clm_nis-about-1500-special-forces-in-russia"
             *       }
             *     ]
             */
            relations: components["schemas"]["CreateClaimRelation"][];
            /**
             * @description Where the record says more than its source: `{ field, mark (inferred, added), reason }`, one per field inferred from the source's context or added from outside knowledge. `field` names a field the record holds, or a key inside one (`external_ids.wikidata`).
             * @default []
             * @example [
             *       {
             *         "field": "claimed_at",
             *         "mark": "inferred",
             *         "reason": "The briefing gives no day for this statement; it is dated to the briefing's Friday."
             *       }
             *     ]
             */
            annotations: components["schemas"]["CreateEventAnnotation"][];
        };
        /**
         * @example {
         *       "verification": "corroborated",
         *       "quantities": [
         *         {
         *           "id": "qty_nis-about-1500-special-forces-in-russia",
         *           "subject": "North Korean special forces soldiers already in Russia, acclimatising",
         *           "unit": "soldiers",
         *           "value": 1500,
         *           "comparator": "approximately",
         *           "text": "about 1,500"
         *         }
         *       ]
         *     }
         */
        UpdateClaimBody: {
            claimant_id?: components["schemas"]["CreateClaimBody"]["claimant_id"];
            source_id?: components["schemas"]["CreateClaimBody"]["source_id"];
            event_id?: components["schemas"]["CreateClaimBody"]["event_id"] | null;
            statement?: components["schemas"]["CreateClaimBody"]["statement"];
            quote?: components["schemas"]["CreateClaimBody"]["quote"] | null;
            /**
             * @description The claimant's stance.
             * @example asserts
             */
            stance?: components["schemas"]["Stance"];
            /**
             * @description The claimant's own hedging.
             * @example certain
             */
            certainty?: components["schemas"]["Certainty"];
            /**
             * @description Independent verification, apart from the claimant's hedging.
             * @example corroborated
             */
            verification?: components["schemas"]["Verification"];
            claimed_at?: components["schemas"]["CreateClaimBody"]["claimed_at"] | null;
            claimed_precision?: components["schemas"]["DatePrecision"] | null;
            about_actor_ids?: string[] | null;
            quantities?: components["schemas"]["CreateClaimQuantity"][] | null;
            relations?: components["schemas"]["CreateClaimRelation"][] | null;
            annotations?: components["schemas"]["CreateEventAnnotation"][] | null;
        };
        /**
         * @example {
         *       "kind": "press_briefing",
         *       "title": "NATO spokesperson's remarks on North Korean troops in Russia",
         *       "publisher_id": "act_nato",
         *       "published_at": "2024-10-21",
         *       "published_precision": "day",
         *       "language": "en",
         *       "parent_id": "src_afp-report-2024-10-21"
         *     }
         */
        CreateSourceBody: {
            /**
             * @description Stable id: `src_` then lower-case letters, digits, `-` or `_`.
             * @example src_nato-briefing-2024-10-21
             */
            id?: string;
            /**
             * @description What kind of source it is.
             * @example press_briefing
             */
            kind: components["schemas"]["SourceKind"];
            /**
             * @description The source's title, or a description where it has none.
             * @example NATO spokesperson's remarks on North Korean troops in Russia
             */
            title: string;
            /**
             * @description The actor that published it.
             * @example act_nato
             */
            publisher_id?: string;
            /**
             * @description The author or byline, as given.
             * @example AFP staff in Seoul
             */
            author?: string;
            /**
             * @description A date (YYYY-MM-DD, YYYY-MM, YYYY) or an ISO 8601 instant with a time zone.
             * @example 2024-10-21
             */
            published_at?: string;
            /**
             * @description How precisely `published_at` is known.
             * @example day
             */
            published_precision?: components["schemas"]["DatePrecision"];
            /**
             * @description BCP 47 language tag.
             * @example en
             */
            language?: string;
            /**
             * Format: uri
             * @description Where it can be read.
             * @example https://www.nato.int/
             */
            url?: string;
            /**
             * @description The source through which this one is known.
             * @example src_afp-report-2024-10-21
             */
            parent_id?: string;
            /**
             * @description Notes on the source.
             * @example Remarks to reporters in Brussels.
             */
            description?: string;
            external_ids?: components["schemas"]["CreateEventExternalIds"];
            /**
             * @description Where the record says more than its source: `{ field, mark (inferred, added), reason }`, one per field inferred from the source's context or added from outside knowledge. `field` names a field the record holds, or a key inside one (`external_ids.wikidata`).
             * @default []
             * @example [
             *       {
             *         "field": "published_at",
             *         "mark": "inferred",
             *         "reason": "The report gives no date for the remarks; it dates them to the day of the meeting they follow."
             *       }
             *     ]
             */
            annotations: components["schemas"]["CreateEventAnnotation"][];
        };
        /**
         * @example {
         *       "url": "https://www.afp.com/en",
         *       "author": "AFP staff in Seoul"
         *     }
         */
        UpdateSourceBody: {
            /**
             * @description What kind of source it is.
             * @example press_briefing
             */
            kind?: components["schemas"]["SourceKind"];
            title?: components["schemas"]["CreateSourceBody"]["title"];
            publisher_id?: components["schemas"]["CreateSourceBody"]["publisher_id"] | null;
            author?: components["schemas"]["CreateSourceBody"]["author"] | null;
            published_at?: components["schemas"]["CreateSourceBody"]["published_at"] | null;
            published_precision?: components["schemas"]["DatePrecision"] | null;
            language?: components["schemas"]["CreateSourceBody"]["language"] | null;
            url?: components["schemas"]["CreateSourceBody"]["url"] | null;
            parent_id?: components["schemas"]["CreateSourceBody"]["parent_id"] | null;
            description?: components["schemas"]["CreateSourceBody"]["description"] | null;
            external_ids?: components["schemas"]["UpdateEventExternalIds"];
            annotations?: components["schemas"]["CreateEventAnnotation"][] | null;
        };
        /**
         * @example {
         *       "name": "Khabarovsk",
         *       "kind": "city",
         *       "country": "RUS",
         *       "admin1": "Khabarovsk Krai",
         *       "latitude": 48.4802,
         *       "longitude": 135.0719,
         *       "geo_precision": "locality"
         *     }
         */
        CreatePlaceBody: {
            /**
             * @description Stable id: `plc_` then lower-case letters, digits, `-` or `_`.
             * @example plc_khabarovsk
             */
            id?: string;
            /**
             * @description The place's name.
             * @example Khabarovsk
             */
            name: string;
            /**
             * @description What kind of place it is.
             * @example city
             */
            kind: components["schemas"]["PlaceKind"];
            /**
             * @description ISO 3166-1 alpha-3 code.
             * @example RUS
             */
            country?: string;
            /**
             * @description First-level administrative division.
             * @example Khabarovsk Krai
             */
            admin1?: string;
            /**
             * @description WGS 84 latitude in degrees.
             * @example 48.4802
             */
            latitude?: number;
            /**
             * @description WGS 84 longitude in degrees.
             * @example 135.0719
             */
            longitude?: number;
            /**
             * @description What the coordinates stand for.
             * @example locality
             */
            geo_precision: components["schemas"]["GeoPrecision"];
            /**
             * @description Ids in other datasets, by scheme.
             * @default {}
             * @example {
             *       "wikidata": "Q3546"
             *     }
             */
            external_ids: {
                [key: string]: string;
            };
            /**
             * @description Where the record says more than its source: `{ field, mark (inferred, added), reason }`, one per field inferred from the source's context or added from outside knowledge. `field` names a field the record holds, or a key inside one (`external_ids.wikidata`).
             * @default []
             * @example [
             *       {
             *         "field": "latitude",
             *         "mark": "added",
             *         "reason": "The city centre's position; the source names only the city."
             *       }
             *     ]
             */
            annotations: components["schemas"]["CreateEventAnnotation"][];
        };
        /**
         * @example {
         *       "latitude": 43.1198,
         *       "longitude": 131.8869
         *     }
         */
        UpdatePlaceBody: {
            name?: components["schemas"]["CreatePlaceBody"]["name"];
            /**
             * @description What kind of place it is.
             * @example city
             */
            kind?: components["schemas"]["PlaceKind"];
            country?: string | null;
            admin1?: components["schemas"]["CreatePlaceBody"]["admin1"] | null;
            latitude?: components["schemas"]["CreatePlaceBody"]["latitude"] | null;
            longitude?: components["schemas"]["CreatePlaceBody"]["longitude"] | null;
            /**
             * @description What the coordinates stand for.
             * @example locality
             */
            geo_precision?: components["schemas"]["GeoPrecision"];
            external_ids?: {
                [key: string]: string;
            } | null;
            annotations?: components["schemas"]["CreateEventAnnotation"][] | null;
        };
        /**
         * @example {
         *       "into": "act_georgiy-zinoviev"
         *     }
         */
        MergeActorBody: {
            /**
             * @description The actor that survives the merge.
             * @example act_georgiy-zinoviev
             */
            into: string;
        };
        /**
         * @example {
         *       "places": [
         *         {
         *           "id": "plc_khabarovsk",
         *           "name": "Khabarovsk",
         *           "kind": "city",
         *           "country": "RUS",
         *           "geo_precision": "locality"
         *         }
         *       ],
         *       "events": [
         *         {
         *           "id": "evt_2024-10-22-north-korean-troops-in-khabarovsk",
         *           "type": "troop_deployment",
         *           "title": "North Korean troops reported in Khabarovsk",
         *           "summary": "North Korean troops were reported at a base near Khabarovsk.",
         *           "start_date": "2024-10-22",
         *           "date_precision": "day",
         *           "place_id": "plc_khabarovsk",
         *           "status": "reported",
         *           "participants": [
         *             {
         *               "actor_id": "act_north-korea",
         *               "role": "supplier"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ImportRecordsBody: {
            [key: string]: unknown;
        } | {
            [key: string]: unknown;
        }[];
        /** @description A figure in the claim: at least one of value, low and high. */
        CreateClaimQuantity: {
            /**
             * @description The figure's id (`qty_...`); made up when left out.
             * @example qty_nis-about-1500-special-forces-in-russia
             */
            id?: string;
            /**
             * @description What is counted.
             * @example North Korean special forces soldiers in Russia
             */
            subject: string;
            /**
             * @description The unit it is counted in.
             * @example soldiers
             */
            unit: string;
            /**
             * @description The figure, when the claim gives one.
             * @example 1500
             */
            value?: number;
            /**
             * @description The lower end, when the claim gives a range or a floor ("more than 13,000").
             * @example 1000
             */
            low?: number;
            /**
             * @description The upper end, when the claim gives a range or a ceiling.
             * @example 2000
             */
            high?: number;
            /**
             * @description The claimant's hedging: exact, approximately, more_than, less_than, at_least or up_to.
             * @example approximately
             */
            comparator: components["schemas"]["Comparator"];
            /**
             * @description The figure as the source words it.
             * @example about 1,500
             */
            text?: string;
        };
        /** @description A role of the actor in an organisation, over a period. */
        CreateActorAffiliation: {
            /**
             * @description The affiliation's id (`aff_...`); made up when left out.
             * @example aff_georgiy-zinoviev-ambassador
             */
            id?: string;
            /**
             * @description The organisation (an actor) the actor has a role in.
             * @example act_russia
             */
            organisation_id: string;
            /**
             * @description The role, in words.
             * @example ambassador to South Korea
             */
            role: string;
            /**
             * @description When the role began: YYYY-MM-DD, YYYY-MM or YYYY.
             * @example 2022
             */
            start_date?: string;
            /**
             * @description When it ended, if it has.
             * @example 2024-10
             */
            end_date?: string;
            /**
             * @description How precisely the dates are known: day, week, month or year.
             * @example year
             */
            date_precision?: components["schemas"]["DatePrecision"];
        };
        /**
         * @description A stable machine-readable code, one of: `merged`, `bad_request`, `invalid_request`, `malformed_json`, `bad_url`, `invalid_content_length`, `too_many_parameters`, `unreadable_file`, `unknown_charset`, `bad_encoding`, `unauthorized`, `forbidden`, `not_found`, `method_not_allowed`, `conflict`, `still_referenced`, `idempotency_key_in_use`, `gone`, `precondition_failed`, `request_timeout`, `payload_too_large`, `uri_too_long`, `query_too_long`, `unsupported_media_type`, `unprocessable`, `idempotency_key_reused`, `precondition_required`, `headers_too_large`, `rate_limited`, `internal_error`, `overloaded`, `import_running`, `read_only`, `database_read_only`, `database_damaged`, `database_full`, `database_busy`, `database_unavailable`.
         * @example invalid_request
         */
        ProblemCode: string;
        CreateEventAnnotation: {
            /**
             * @description The field the mark is about: a field of the record, or a key inside one (`external_ids.wikidata`).
             * @example end_date
             */
            field: string;
            /**
             * @description How the field stands to the source: inferred or added.
             * @example inferred
             */
            mark: components["schemas"]["AnnotationMark"];
            /**
             * @description Why, in a sentence: what the source says and what was read into it or added.
             * @example The report says only that more troops were "set to depart soon"; no end date is given.
             */
            reason: string;
        };
        /** @description Another name of the actor. No two of an actor's names may fold to the same name. */
        CreateActorAlias: {
            /**
             * @description The other name, as written.
             * @example Zinovyev
             */
            name: string;
            /**
             * @description What kind of name it is.
             * @example spelling
             */
            kind: components["schemas"]["AliasKind"];
            /**
             * @description Its language (BCP 47), where it has one.
             * @example en
             */
            lang?: string;
        };
        ImportRejected: {
            /**
             * @description The line of the file the row starts on (1 is a CSV's header; for a JSON array, the line its object starts on).
             * @example 19
             */
            line: number;
            /**
             * @description The row's id in its dataset, where it could be read.
             * @example 632018
             */
            external_id?: string;
            /**
             * @description Why the row was rejected or skipped.
             * @example evt_ucdp-ged-632018: best (6109) must not exceed high (4393)
             */
            reason: string;
        };
        /**
         * @description Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.
         * @example [
         *       {
         *         "field": "claimed_at",
         *         "mark": "inferred",
         *         "reason": "The report gives no date for the embassy's statement; it reports what the ambassador said when summoned on Monday 21 October 2024."
         *       }
         *     ]
         */
        ClaimAnnotations: components["schemas"]["Annotation"][];
        /** @description A link from this claim to another. */
        CreateClaimRelation: {
            /**
             * @description How this claim bears on the other: supports, contradicts or responds_to.
             * @example supports
             */
            kind: components["schemas"]["RelationKind"];
            /**
             * @description The other claim.
             * @example clm_nis-about-1500-special-forces-in-russia
             */
            related_claim_id: string;
        };
        /**
         * @description Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.
         * @example [
         *       {
         *         "field": "status",
         *         "mark": "inferred",
         *         "reason": "The report gives the departure only as \"set to depart soon\", with no date: expected, not scheduled."
         *       }
         *     ]
         */
        EventAnnotations: components["schemas"]["Annotation"][];
        /**
         * @description Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.
         * @example [
         *       {
         *         "field": "kind",
         *         "mark": "inferred",
         *         "reason": "The report quotes the analyst without saying how he gave his remarks; an interview is our reading."
         *       }
         *     ]
         */
        SourceAnnotations: components["schemas"]["Annotation"][];
        /**
         * @description Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.
         * @example [
         *       {
         *         "field": "name",
         *         "mark": "added",
         *         "reason": "The report calls it \"Seoul's spy agency\" and \"the NIS\"; the full name is outside knowledge."
         *       }
         *     ]
         */
        ActorAnnotations: components["schemas"]["Annotation"][];
        /**
         * @description Where this record says more than its source: each field that is inferred from the source's context or added from outside knowledge, with the reason. A field not listed here is what the source says. Empty when the record adds nothing.
         * @example [
         *       {
         *         "field": "admin1",
         *         "mark": "added",
         *         "reason": "The report names only the city; its region is outside knowledge."
         *       }
         *     ]
         */
        PlaceAnnotations: components["schemas"]["Annotation"][];
        /** @description An actor that took part in the event, with its role. */
        CreateEventParticipant: {
            /**
             * @description The actor who took part.
             * @example act_south-korea
             */
            actor_id: string;
            /**
             * @description Its part in the event.
             * @example initiator
             */
            role: components["schemas"]["ParticipantRole"];
        };
        /** @description What happened to the sources. */
        ImportSources: {
            /**
             * @description Records created.
             * @example 1
             */
            created: number;
            /**
             * @description Records changed (their version went up).
             * @example 0
             */
            updated: number;
            /**
             * @description Records already exactly as given.
             * @example 0
             */
            unchanged: number;
        };
        /** @description What happened to the actors. */
        ImportActors: {
            /**
             * @description Records created.
             * @example 1
             */
            created: number;
            /**
             * @description Records changed (their version went up).
             * @example 0
             */
            updated: number;
            /**
             * @description Records already exactly as given.
             * @example 0
             */
            unchanged: number;
        };
        /** @description What happened to the places. */
        ImportPlaces: {
            /**
             * @description Records created.
             * @example 1
             */
            created: number;
            /**
             * @description Records changed (their version went up).
             * @example 0
             */
            updated: number;
            /**
             * @description Records already exactly as given.
             * @example 0
             */
            unchanged: number;
        };
        /** @description What happened to the events. */
        ImportEvents: {
            /**
             * @description Records created.
             * @example 1
             */
            created: number;
            /**
             * @description Records changed (their version went up).
             * @example 0
             */
            updated: number;
            /**
             * @description Records already exactly as given.
             * @example 0
             */
            unchanged: number;
        };
        /** @description What happened to the claims. */
        ImportClaims: {
            /**
             * @description Records created.
             * @example 1
             */
            created: number;
            /**
             * @description Records changed (their version went up).
             * @example 0
             */
            updated: number;
            /**
             * @description Records already exactly as given.
             * @example 0
             */
            unchanged: number;
        };
        /**
         * @description When the claimant said it (YYYY-MM-DD), if known. Where the source gives no date, the claim is dated to the latest day it can have been made (its source's date) and `annotations` marks `claimed_at` as inferred: it was made on or before that day.
         * @example 2024-10-21
         */
        ClaimClaimedAt: string | null;
        UpdateEventExternalIds: {
            [key: string]: string;
        } | null;
        /**
         * @description Identifiers of this record in other datasets, by scheme (`wikidata`, `acled`, `ucdp`, `gdelt`, ...).
         * @example {
         *       "wikidata": "Q884"
         *     }
         */
        ActorExternalIds: {
            [key: string]: string;
        };
        /**
         * @description The claimant's words, verbatim as the source quotes them.
         * @example stressed that cooperation between Russia and North Korea... is not directed against the interests of South Korea's security
         */
        ClaimQuote: string | null;
        /**
         * @description Ids in other datasets, by scheme.
         * @default {}
         * @example {}
         */
        CreateEventExternalIds: {
            [key: string]: string;
        };
    };
    responses: {
        /** @description The URL or its query string is longer than the server accepts. */
        UriTooLong: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "URI Too Long",
                 *       "status": 414,
                 *       "detail": "The query string is 2100 characters long; the limit is 2048.",
                 *       "instance": "/v1/events?q=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                 *       "code": "query_too_long"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Too many requests from this client: wait for the seconds in `Retry-After`. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Too Many Requests",
                 *       "status": 429,
                 *       "detail": "Too many reads: the limit is 600 a minute. Retry after 42 seconds.",
                 *       "instance": "/v1/events",
                 *       "code": "rate_limited"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request's header fields (the URL among them) are larger than the server accepts (16 KiB in all). */
        HeaderFieldsTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Request Header Fields Too Large",
                 *       "status": 431,
                 *       "detail": "The request's headers are larger than the server takes (16 KiB in all): send fewer or shorter headers.",
                 *       "code": "headers_too_large"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The server is overloaded: retry after the seconds in `Retry-After`. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Service Unavailable",
                 *       "status": 503,
                 *       "detail": "The server is overloaded. Retry after 10 seconds.",
                 *       "instance": "/v1/events",
                 *       "code": "overloaded"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `If-None-Match` names the ETag of what would be sent: nothing changed since you read it. */
        NotModified: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                ETag: components["headers"]["ETag"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The request is invalid: a parameter is malformed, unknown or out of range; `errors` names each one and what it accepts. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "query limit: must be an integer from 1 to 500, in decimal digits",
                 *       "instance": "/v1/events?limit=501",
                 *       "code": "invalid_request",
                 *       "errors": [
                 *         {
                 *           "in": "query",
                 *           "name": "limit",
                 *           "message": "must be an integer from 1 to 500, in decimal digits"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No API key, or an unknown or revoked one. The `WWW-Authenticate` header says so too. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "This request needs an API key with the \"write\" scope: send Authorization: Bearer TOKEN.",
                 *       "instance": "/v1/claims",
                 *       "code": "unauthorized"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The body or a parameter is malformed, has an unknown or server-owned field, or a value out of range. */
        BadRequestOnWrite: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "query limit: must be an integer from 1 to 500, in decimal digits",
                 *       "instance": "/v1/events?limit=501",
                 *       "code": "invalid_request",
                 *       "errors": [
                 *         {
                 *           "in": "query",
                 *           "name": "limit",
                 *           "message": "must be an integer from 1 to 500, in decimal digits"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The API key lacks the `write` scope. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "This API key (reader) lacks the \"write\" scope this request needs.",
                 *       "instance": "/v1/claims",
                 *       "code": "forbidden"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The write collides with another record: the id is taken (ids of deleted records included), an alias repeats one of the actor's names, an external id belongs to another record, the record is still referenced (on delete), or an Idempotency-Key is in use by a request still running. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "The id plc_vladivostok is already used by another place.",
                 *       "instance": "/v1/places",
                 *       "code": "conflict",
                 *       "errors": [
                 *         {
                 *           "in": "body",
                 *           "name": "/id",
                 *           "message": "is already used"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description No record has this id. */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No event has the id \"evt_2024-10-21-no-such-event\".",
                 *       "instance": "/v1/events/evt_2024-10-21-no-such-event",
                 *       "code": "not_found"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The record is well-formed but cannot be stored: it refers to a record that does not exist, its dates contradict their precision, or an Idempotency-Key is reused with a different body. `errors` names each field by JSON pointer. */
        UnprocessableContent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "/claimant_id: no actor has the id \"act_nobody\", in this bundle or in the store",
                 *       "instance": "/v1/claims",
                 *       "code": "unprocessable",
                 *       "errors": [
                 *         {
                 *           "in": "body",
                 *           "name": "/claimant_id",
                 *           "message": "no actor has the id \"act_nobody\", in this bundle or in the store"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description No record has this id. */
        NotFoundOnWrite: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Not Found",
                 *       "status": 404,
                 *       "detail": "No event has the id \"evt_2024-10-21-no-such-event\".",
                 *       "instance": "/v1/events/evt_2024-10-21-no-such-event",
                 *       "code": "not_found"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The body is larger than the server accepts. */
        ContentTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "The request body is larger than the limit of 1048576 bytes.",
                 *       "instance": "/v1/places",
                 *       "code": "payload_too_large"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body's media type is not one this operation reads. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "The body's media type \"text/xml\" is not accepted: send application/json.",
                 *       "instance": "/v1/places",
                 *       "code": "unsupported_media_type"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The record was deleted (or merged into another): the problem carries `deleted_at`, `reason` and `merged_into`. */
        Gone: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Gone",
                 *       "status": 410,
                 *       "detail": "The place plc_khabarovsk was deleted at 2024-10-22T08:30:00.000Z: entered twice.",
                 *       "instance": "/v1/places/plc_khabarovsk",
                 *       "code": "gone",
                 *       "deleted_at": "2024-10-22T08:30:00.000Z",
                 *       "reason": "entered twice",
                 *       "merged_into": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description If-Match does not match the record's current ETag: someone changed it since you read it. GET it again and reapply your change. */
        PreconditionFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Precondition Failed",
                 *       "status": 412,
                 *       "detail": "If-Match does not match the record's current ETag: it changed since you read it. GET it again and reapply your change.",
                 *       "instance": "/v1/places/plc_vladivostok",
                 *       "code": "precondition_failed"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The record was deleted (or, for an actor, merged away): the problem says when and why. */
        GoneOnRead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Gone",
                 *       "status": 410,
                 *       "detail": "The place plc_khabarovsk was deleted at 2024-10-22T08:30:00.000Z: entered twice.",
                 *       "instance": "/v1/places/plc_khabarovsk",
                 *       "code": "gone",
                 *       "deleted_at": "2024-10-22T08:30:00.000Z",
                 *       "reason": "entered twice",
                 *       "merged_into": null
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description PATCH and DELETE need an `If-Match` header holding the ETag of the record as you last read it. */
        PreconditionRequired: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Precondition Required",
                 *       "status": 428,
                 *       "detail": "This write needs an If-Match header with the record's ETag: GET the record, then send its ETag back.",
                 *       "instance": "/v1/places/plc_vladivostok",
                 *       "code": "precondition_required"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description Deleted. */
        DeleteEvent204: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats). */
        ListClaims200: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Link: components["headers"]["Link"];
                "X-Total-Count": components["headers"]["X-Total-Count"];
                "X-Next-Cursor": components["headers"]["X-Next-Cursor"];
                "Content-Disposition": components["headers"]["Content-Disposition"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description The claims on this page. */
                    data: components["schemas"]["ClaimListItem"][];
                    page: components["schemas"]["Page"];
                };
                "text/csv": string;
                "application/x-ndjson": string;
                "application/ld+json": {
                    /**
                     * @description The vocabularies: schema.org, PROV-O, and `cr:` for this API's own terms.
                     * @example {
                     *       "@vocab": "https://schema.org/",
                     *       "prov": "http://www.w3.org/ns/prov#",
                     *       "cr": "urn:conflict-records:",
                     *       "wasAttributedTo": {
                     *         "@id": "prov:wasAttributedTo",
                     *         "@type": "@id"
                     *       },
                     *       "wasQuotedFrom": {
                     *         "@id": "prov:wasQuotedFrom",
                     *         "@type": "@id"
                     *       },
                     *       "wasDerivedFrom": {
                     *         "@id": "prov:wasDerivedFrom",
                     *         "@type": "@id"
                     *       },
                     *       "stance": "cr:stance",
                     *       "certainty": "cr:certainty",
                     *       "verification": "cr:verification",
                     *       "comparator": "cr:comparator"
                     *     }
                     */
                    "@context": {
                        [key: string]: unknown;
                    };
                    /** @description One node per matching claim, in the `sort` order: `author` and `wasAttributedTo` (the claimant), `appearance` and `wasQuotedFrom` (the source it is recorded in), `wasDerivedFrom` (the sources that source is known through, nearest first), `datePublished`, `about` (the event), `stance`, `certainty`, `verification` and `cr:quantity` (figures as `QuantitativeValue`s). */
                    "@graph": ({
                        /**
                         * @description `cr:` and the claim's id.
                         * @example cr:clm_nis-about-1500-special-forces-in-russia
                         */
                        "@id": string;
                        /**
                         * @description `Claim` (schema.org) and `prov:Entity`.
                         * @example [
                         *       "Claim",
                         *       "prov:Entity"
                         *     ]
                         */
                        "@type": string[];
                        /**
                         * @description The statement, in our words.
                         * @example The NIS said roughly 1,500 elite troops from North Korea's special forces were already on Russian soil, adjusting to local conditions.
                         */
                        text: string;
                    } & {
                        [key: string]: unknown;
                    })[];
                };
            };
        };
        /** @description The actor was merged into another: `Location` names the survivor. */
        Merged: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Location: components["headers"]["Location"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Permanent Redirect",
                 *       "status": 308,
                 *       "detail": "The actor act_zinovyev was merged into act_georgiy-zinoviev at 2024-10-22T08:30:00.000Z; follow Location.",
                 *       "instance": "/v1/actors/act_zinovyev",
                 *       "code": "merged",
                 *       "merged_into": "act_georgiy-zinoviev",
                 *       "deleted_at": "2024-10-22T08:30:00.000Z"
                 *     }
                 */
                "application/problem+json": components["schemas"]["WriteProblem"];
            };
        };
        /** @description The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats). */
        ListEvents200: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                Link: components["headers"]["Link"];
                "X-Total-Count": components["headers"]["X-Total-Count"];
                "X-Next-Cursor": components["headers"]["X-Next-Cursor"];
                "Content-Disposition": components["headers"]["Content-Disposition"];
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    /** @description The events on this page. */
                    data: components["schemas"]["EventListItem"][];
                    page: components["schemas"]["Page"];
                };
                "text/csv": string;
                "application/geo+json": components["schemas"]["EventFeatureCollection"];
                "application/x-ndjson": string;
                "text/csv; profile=acled": string;
                "application/x-ndjson; profile=plover": string;
            };
        };
        /** @description The groups, largest first, with their counts. */
        GetEventStats200: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Stats"];
            };
        };
        /** @description The path does not take this method: `Allow` lists the methods it takes. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Allow: components["headers"]["Allow"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Method Not Allowed",
                 *       "status": 405,
                 *       "detail": "PUT is not allowed on /v1/events; it allows GET, HEAD, POST.",
                 *       "instance": "/v1/events",
                 *       "code": "method_not_allowed"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
        cursor: string;
        /** @description How many records per page, from 1 to 500. */
        limit: number;
        /** @description Only records created or changed at or after this date or instant (`updated_at`). */
        updated_since: string;
        /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
        if_match: string;
        /** @description The record's id (`act_...`). */
        actor_id: string;
        /** @description The record's id (`evt_...`). */
        event_id: string;
        /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
        idempotency_key: string;
        /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
        claimant: string;
        /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
        about_actor: string;
        /** @description Only claims about these events (ids). Comma-separated values match any of them. */
        event: string;
        /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
        source: string;
        /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
        stance: string;
        /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
        certainty: string;
        /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
        verification: string;
        /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
        unit: string;
        /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
        value_min: string;
        /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
        value_max: string;
        /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
        contested: "true" | "false";
        /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
        from: string;
        /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
        to: string;
        /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
        q: string;
        /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
        as_of: string;
        /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
        reason: string;
        /** @description The record's id (`src_...`). */
        source_id: string;
        /** @description The order of the list: one of `id`, `claimed_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
        sort: "id" | "-id" | "claimed_at" | "-claimed_at" | "updated_at" | "-updated_at" | "created_at" | "-created_at";
        /**
         * @description Related records to embed in each record, comma-separated:
         *
         *     - `claimant`: the claimant, in short
         *     - `source`: the source, in short
         *     - `event`: the event, in short (null when the claim is about none)
         *     - `about_actors`: the actors the claim is about, in short
         *     - `quantities`: the figures the claim states
         *     - `relations`: links to the claims it answers, supports or contradicts, and to those that do so to it
         */
        include: string;
        /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `claimant_id`, `source_id`, `event_id`, `statement`, `quote`, `stance`, `certainty`, `verification`, `claimed_at`, `claimed_precision`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
        fields: string;
        /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson), `jsonld` (application/ld+json: schema.org Claim and PROV-O). Overrides the Accept header; without either, JSON. `ndjson`, `jsonld` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
        format: "json" | "csv" | "ndjson" | "jsonld";
        /** @description The record's id (`clm_...`). */
        claim_id: string;
        /** @description The record's id (`plc_...`). */
        place_id: string;
        /** @description Only events that may have happened on or after this day: the event's interval (`start_date`..`end_date`) overlaps `from`..`to`, so an event known only to the month matches any day of that month. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
        events_from: string;
        /** @description Only events that may have happened on or before this day (see `from`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
        events_to: string;
        /** @description Only events of these types. One or more of: `diplomatic_protest`, `consultation`, `state_visit`, `agreement`, `troop_deployment`, `troop_training`, `military_aid`, `arms_trade`, `armed_assault`, `intelligence_release`, `statement`, `battle`, `remote_violence`, `violence_against_civilians`, `protest`, `riot`, `strategic_development`, `support`, `cooperation`, `aid`, `concession`, `retreat`, `request`, `accusation`, `rejection`, `threat`, `sanction`, `mobilization`, `coercion`, `other`; comma-separated values match any of them. */
        type: string;
        /** @description Only events with these statuses. One or more of: `reported`, `confirmed`, `scheduled`, `expected`, `ongoing`, `disputed`, `denied`; comma-separated values match any of them. */
        status: string;
        /** @description Only events in which one of these actors takes part, in any role. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
        actor: string;
        /** @description Only events at a place in these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
        country: string;
        /** @description Only events at these places (ids). Comma-separated values match any of them. */
        place: string;
        /** @description Only events about which a claim states a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
        events_unit: string;
        /** @description Only events about which a claim states a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
        events_value_min: string;
        /** @description Only events about which a claim states a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
        events_value_max: string;
        /** @description Full-text search over event titles and summaries. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
        events_q: string;
        /** @description Only events whose place lies inside this box. `min_lon,min_lat,max_lon,max_lat` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian. */
        bbox: string;
        /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson). Overrides the Accept header; without either, JSON. `ndjson` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
        actors_format: "json" | "csv" | "ndjson";
        /** @description The order of the list: one of `id`, `start_date`, `end_date`, `updated_at`, `created_at`, `type`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
        events_sort: "id" | "-id" | "start_date" | "-start_date" | "end_date" | "-end_date" | "updated_at" | "-updated_at" | "created_at" | "-created_at" | "type" | "-type";
        /**
         * @description Related records to embed in each record, comma-separated:
         *
         *     - `participants`: the actors taking part, with their roles
         *     - `place`: the place, in short
         *     - `claims`: the claims about the event, in short
         *     - `sources`: the sources of those claims, in short
         */
        events_include: string;
        /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `type`, `plover_category`, `acled_event_type`, `acled_sub_event_type`, `title`, `summary`, `start_date`, `end_date`, `date_precision`, `status`, `place_id`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
        events_fields: string;
        /** @description The representation: `json` (application/json), `csv` (text/csv), `geojson` (application/geo+json), `ndjson` (application/x-ndjson), `acled` (text/csv; profile=acled: ACLED's own columns), `plover` (application/x-ndjson; profile=plover: PLOVER event records, one per line). Overrides the Accept header; without either, JSON. `ndjson`, `acled`, `plover` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
        events_format: "json" | "csv" | "geojson" | "ndjson" | "acled" | "plover";
        /** @description The order of the list: one of `id`, `name`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
        actors_sort: "id" | "-id" | "name" | "-name" | "updated_at" | "-updated_at" | "created_at" | "-created_at";
        /** @description Only the largest groups: at most this many (1 to 10000), largest first. Without it, every group; `groups` says how many there are either way. With `group_by=actor` or `claimant` on a large dataset, every group is one per actor. */
        events_limit: number;
    };
    requestBodies: never;
    headers: {
        /** @description The request's id, as given in the request's `X-Request-Id` (letters, digits, `.`, `_`, `-`; up to 64) or made up. Logs name requests by it. */
        "X-Request-Id": string;
        /** @description Requests a client may make a minute (reads and writes have separate budgets). */
        "X-RateLimit-Limit": number;
        /** @description Requests left in this minute's budget. */
        "X-RateLimit-Remaining": number;
        /** @description Seconds until the budget is full again. */
        "X-RateLimit-Reset": number;
        /** @description A strong entity tag of the representation sent: send it back as `If-None-Match` to get a 304 when nothing changed, or as `If-Match` on a write. */
        ETag: string;
        /** @description On a read: caches may store the answer but must check it with the server (`If-None-Match`) before each reuse. On the answer to a write, or to a request that carries an API key: `no-store`, no cache may keep it. */
        "Cache-Control": string;
        /** @description The methods the path takes (RFC 9110), on a 405. */
        Allow: string;
        /** @description On CSV pages: how many records match the filters, across all pages (the JSON body has it in `page.total`). */
        "X-Total-Count": number;
        /** @description On CSV pages that are not the last: the `cursor` of the next page (the JSON body has it in `page.next_cursor`). */
        "X-Next-Cursor": string;
        /** @description RFC 8288 links: `<URL>; rel="next"` on a page that is not the last, the same request with the next `cursor`. */
        Link: string;
        /** @description On CSV answers: a file name to save the download under. */
        "Content-Disposition": string;
        /** @description The URL of the record: the one created (201), or the actor a merged one now redirects to (308). */
        Location: string;
        /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body: nothing was created this time. */
        "Idempotent-Replayed": "true";
        /** @description With `as_of`: the version of the record that was current at that instant. */
        "X-Record-Version": number;
        /** @description With `as_of`: when that version was written. */
        "Last-Modified": string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description The RFC 6750 challenge: what kind of key is needed and, for a bad one, why it failed. */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up and its database answers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            304: components["responses"]["NotModified"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            304: components["responses"]["NotModified"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Only events that may have happened on or after this day: the event's interval (`start_date`..`end_date`) overlaps `from`..`to`, so an event known only to the month matches any day of that month. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["events_from"];
                /** @description Only events that may have happened on or before this day (see `from`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["events_to"];
                /** @description Only events of these types. One or more of: `diplomatic_protest`, `consultation`, `state_visit`, `agreement`, `troop_deployment`, `troop_training`, `military_aid`, `arms_trade`, `armed_assault`, `intelligence_release`, `statement`, `battle`, `remote_violence`, `violence_against_civilians`, `protest`, `riot`, `strategic_development`, `support`, `cooperation`, `aid`, `concession`, `retreat`, `request`, `accusation`, `rejection`, `threat`, `sanction`, `mobilization`, `coercion`, `other`; comma-separated values match any of them. */
                type?: components["parameters"]["type"];
                /** @description Only events with these statuses. One or more of: `reported`, `confirmed`, `scheduled`, `expected`, `ongoing`, `disputed`, `denied`; comma-separated values match any of them. */
                status?: components["parameters"]["status"];
                /** @description Only events in which one of these actors takes part, in any role. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                actor?: components["parameters"]["actor"];
                /** @description Only events at a place in these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
                country?: components["parameters"]["country"];
                /** @description Only events at these places (ids). Comma-separated values match any of them. */
                place?: components["parameters"]["place"];
                /** @description Only events about which a claim states a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["events_unit"];
                /** @description Only events about which a claim states a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["events_value_min"];
                /** @description Only events about which a claim states a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["events_value_max"];
                /** @description Full-text search over event titles and summaries. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["events_q"];
                /** @description Only events whose place lies inside this box. `min_lon,min_lat,max_lon,max_lat` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian. */
                bbox?: components["parameters"]["bbox"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `start_date`, `end_date`, `updated_at`, `created_at`, `type`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["events_sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `participants`: the actors taking part, with their roles
                 *     - `place`: the place, in short
                 *     - `claims`: the claims about the event, in short
                 *     - `sources`: the sources of those claims, in short
                 */
                include?: components["parameters"]["events_include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `type`, `plover_category`, `acled_event_type`, `acled_sub_event_type`, `title`, `summary`, `start_date`, `end_date`, `date_precision`, `status`, `place_id`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["events_fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `geojson` (application/geo+json), `ndjson` (application/x-ndjson), `acled` (text/csv; profile=acled: ACLED's own columns), `plover` (application/x-ndjson; profile=plover: PLOVER event records, one per line). Overrides the Accept header; without either, JSON. `ndjson`, `acled`, `plover` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["events_format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListEvents200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
                "idempotency-key"?: components["parameters"]["idempotency_key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new event, in the bundle format of the seed files. Leave `id` out and the server makes one; give one (`evt_...`) and it is used if it is free. Server-owned fields (version, timestamps) are refused. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventBody"];
            };
        };
        responses: {
            /** @description The event as stored, with its version: `Location` is its URL and `ETag` its tag for a later `If-Match`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEvent: {
        parameters: {
            query?: {
                /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
                as_of?: components["parameters"]["as_of"];
                /**
                 * @description The related records to embed, comma-separated; without it, all of them:
                 *
                 *     - `participants`: the actors taking part, with their roles
                 *     - `place`: the place, in short
                 *     - `claims`: the claims about the event, in short
                 *     - `sources`: the sources of those claims, in short
                 */
                include?: string;
            };
            header?: never;
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. With `as_of`: the event as it was then, from its revisions, in the format `POST` takes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Record-Version": components["headers"]["X-Record-Version"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetail"];
                    "application/json; profile=\"revision\"": components["schemas"]["RecordAsOf"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteEvent: {
        parameters: {
            query?: {
                /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
                reason?: components["parameters"]["reason"];
            };
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteEvent204"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        /** @description A JSON merge patch (RFC 7396) of the event: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; `external_ids` merges by scheme. */
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["UpdateEventBody"];
                "application/json": components["schemas"]["UpdateEventBody"];
            };
        };
        responses: {
            /** @description The event as changed: `ETag` is its new tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEventClaims: {
        parameters: {
            query?: {
                /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                claimant?: components["parameters"]["claimant"];
                /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
                about_actor?: components["parameters"]["about_actor"];
                /** @description Only claims about these events (ids). Comma-separated values match any of them. */
                event?: components["parameters"]["event"];
                /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
                source?: components["parameters"]["source"];
                /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
                stance?: components["parameters"]["stance"];
                /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
                certainty?: components["parameters"]["certainty"];
                /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
                verification?: components["parameters"]["verification"];
                /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["unit"];
                /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["value_min"];
                /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["value_max"];
                /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
                contested?: components["parameters"]["contested"];
                /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["from"];
                /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["to"];
                /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["q"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `claimed_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `claimant`: the claimant, in short
                 *     - `source`: the source, in short
                 *     - `event`: the event, in short (null when the claim is about none)
                 *     - `about_actors`: the actors the claim is about, in short
                 *     - `quantities`: the figures the claim states
                 *     - `relations`: links to the claims it answers, supports or contradicts, and to those that do so to it
                 */
                include?: components["parameters"]["include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `claimant_id`, `source_id`, `event_id`, `statement`, `quote`, `stance`, `certainty`, `verification`, `claimed_at`, `claimed_precision`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson), `jsonld` (application/ld+json: schema.org Claim and PROV-O). Overrides the Accept header; without either, JSON. `ndjson`, `jsonld` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListClaims200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActors: {
        parameters: {
            query?: {
                /** @description Full-text search over actor names and every alias (so both spellings of a name find the actor). Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: string;
                /** @description Only actors with exactly this id, name or alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                name?: string;
                /** @description Only actors of these kinds. One or more of: `state`, `government_body`, `person`, `military_unit`, `intelligence_agency`, `international_organisation`, `research_institute`, `media_organisation`, `armed_group`, `other`; comma-separated values match any of them. */
                kind?: string;
                /** @description Only actors of these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
                country?: string;
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `name`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["actors_sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `affiliations`: the roles the actor holds in organisations, each with the organisation in short
                 */
                include?: string;
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `kind`, `name`, `country`, `description`, `aliases`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: string;
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson). Overrides the Accept header; without either, JSON. `ndjson` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["actors_format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    "X-Next-Cursor": components["headers"]["X-Next-Cursor"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The actors on this page. */
                        data: components["schemas"]["ActorListItem"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
                "idempotency-key"?: components["parameters"]["idempotency_key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new actor, in the bundle format of the seed files. Leave `id` out and the server makes one; give one (`act_...`) and it is used if it is free. Server-owned fields (version, timestamps) are refused. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActorBody"];
            };
        };
        responses: {
            /** @description The actor as stored, with its version: `Location` is its URL and `ETag` its tag for a later `If-Match`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getActor: {
        parameters: {
            query?: {
                /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
                as_of?: components["parameters"]["as_of"];
            };
            header?: never;
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor. With `as_of`: the actor as it was then, from its revisions, in the format `POST` takes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Record-Version": components["headers"]["X-Record-Version"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDetail"];
                    "application/json; profile=\"revision\"": components["schemas"]["RecordAsOf"];
                };
            };
            304: components["responses"]["NotModified"];
            308: components["responses"]["Merged"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteActor: {
        parameters: {
            query?: {
                /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
                reason?: components["parameters"]["reason"];
            };
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteEvent204"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        /** @description A JSON merge patch (RFC 7396) of the actor: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; `external_ids` merges by scheme. */
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["UpdateActorBody"];
                "application/json": components["schemas"]["UpdateActorBody"];
            };
        };
        responses: {
            /** @description The actor as changed: `ETag` is its new tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActorEvents: {
        parameters: {
            query?: {
                /** @description Only events that may have happened on or after this day: the event's interval (`start_date`..`end_date`) overlaps `from`..`to`, so an event known only to the month matches any day of that month. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["events_from"];
                /** @description Only events that may have happened on or before this day (see `from`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["events_to"];
                /** @description Only events of these types. One or more of: `diplomatic_protest`, `consultation`, `state_visit`, `agreement`, `troop_deployment`, `troop_training`, `military_aid`, `arms_trade`, `armed_assault`, `intelligence_release`, `statement`, `battle`, `remote_violence`, `violence_against_civilians`, `protest`, `riot`, `strategic_development`, `support`, `cooperation`, `aid`, `concession`, `retreat`, `request`, `accusation`, `rejection`, `threat`, `sanction`, `mobilization`, `coercion`, `other`; comma-separated values match any of them. */
                type?: components["parameters"]["type"];
                /** @description Only events with these statuses. One or more of: `reported`, `confirmed`, `scheduled`, `expected`, `ongoing`, `disputed`, `denied`; comma-separated values match any of them. */
                status?: components["parameters"]["status"];
                /** @description Only events in which one of these actors takes part, in any role. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                actor?: components["parameters"]["actor"];
                /** @description Only events at a place in these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
                country?: components["parameters"]["country"];
                /** @description Only events at these places (ids). Comma-separated values match any of them. */
                place?: components["parameters"]["place"];
                /** @description Only events about which a claim states a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["events_unit"];
                /** @description Only events about which a claim states a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["events_value_min"];
                /** @description Only events about which a claim states a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["events_value_max"];
                /** @description Full-text search over event titles and summaries. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["events_q"];
                /** @description Only events whose place lies inside this box. `min_lon,min_lat,max_lon,max_lat` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian. */
                bbox?: components["parameters"]["bbox"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `start_date`, `end_date`, `updated_at`, `created_at`, `type`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["events_sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `participants`: the actors taking part, with their roles
                 *     - `place`: the place, in short
                 *     - `claims`: the claims about the event, in short
                 *     - `sources`: the sources of those claims, in short
                 */
                include?: components["parameters"]["events_include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `type`, `plover_category`, `acled_event_type`, `acled_sub_event_type`, `title`, `summary`, `start_date`, `end_date`, `date_precision`, `status`, `place_id`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["events_fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `geojson` (application/geo+json), `ndjson` (application/x-ndjson), `acled` (text/csv; profile=acled: ACLED's own columns), `plover` (application/x-ndjson; profile=plover: PLOVER event records, one per line). Overrides the Accept header; without either, JSON. `ndjson`, `acled`, `plover` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["events_format"];
            };
            header?: never;
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListEvents200"];
            304: components["responses"]["NotModified"];
            308: components["responses"]["Merged"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActorClaims: {
        parameters: {
            query?: {
                /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                claimant?: components["parameters"]["claimant"];
                /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
                about_actor?: components["parameters"]["about_actor"];
                /** @description Only claims about these events (ids). Comma-separated values match any of them. */
                event?: components["parameters"]["event"];
                /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
                source?: components["parameters"]["source"];
                /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
                stance?: components["parameters"]["stance"];
                /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
                certainty?: components["parameters"]["certainty"];
                /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
                verification?: components["parameters"]["verification"];
                /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["unit"];
                /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["value_min"];
                /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["value_max"];
                /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
                contested?: components["parameters"]["contested"];
                /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["from"];
                /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["to"];
                /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["q"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `claimed_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `claimant`: the claimant, in short
                 *     - `source`: the source, in short
                 *     - `event`: the event, in short (null when the claim is about none)
                 *     - `about_actors`: the actors the claim is about, in short
                 *     - `quantities`: the figures the claim states
                 *     - `relations`: links to the claims it answers, supports or contradicts, and to those that do so to it
                 */
                include?: components["parameters"]["include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `claimant_id`, `source_id`, `event_id`, `statement`, `quote`, `stance`, `certainty`, `verification`, `claimed_at`, `claimed_precision`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson), `jsonld` (application/ld+json: schema.org Claim and PROV-O). Overrides the Accept header; without either, JSON. `ndjson`, `jsonld` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListClaims200"];
            304: components["responses"]["NotModified"];
            308: components["responses"]["Merged"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                claimant?: components["parameters"]["claimant"];
                /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
                about_actor?: components["parameters"]["about_actor"];
                /** @description Only claims about these events (ids). Comma-separated values match any of them. */
                event?: components["parameters"]["event"];
                /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
                source?: components["parameters"]["source"];
                /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
                stance?: components["parameters"]["stance"];
                /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
                certainty?: components["parameters"]["certainty"];
                /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
                verification?: components["parameters"]["verification"];
                /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["unit"];
                /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["value_min"];
                /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["value_max"];
                /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
                contested?: components["parameters"]["contested"];
                /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["from"];
                /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["to"];
                /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["q"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `claimed_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `claimant`: the claimant, in short
                 *     - `source`: the source, in short
                 *     - `event`: the event, in short (null when the claim is about none)
                 *     - `about_actors`: the actors the claim is about, in short
                 *     - `quantities`: the figures the claim states
                 *     - `relations`: links to the claims it answers, supports or contradicts, and to those that do so to it
                 */
                include?: components["parameters"]["include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `claimant_id`, `source_id`, `event_id`, `statement`, `quote`, `stance`, `certainty`, `verification`, `claimed_at`, `claimed_precision`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson), `jsonld` (application/ld+json: schema.org Claim and PROV-O). Overrides the Accept header; without either, JSON. `ndjson`, `jsonld` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListClaims200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
                "idempotency-key"?: components["parameters"]["idempotency_key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new claim, in the bundle format of the seed files. Leave `id` out and the server makes one; give one (`clm_...`) and it is used if it is free. Server-owned fields (version, timestamps) are refused. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaimBody"];
            };
        };
        responses: {
            /** @description The claim as stored, with its version: `Location` is its URL and `ETag` its tag for a later `If-Match`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClaim: {
        parameters: {
            query?: {
                /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
                as_of?: components["parameters"]["as_of"];
            };
            header?: never;
            path: {
                /** @description The record's id (`clm_...`). */
                id: components["parameters"]["claim_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim. With `as_of`: the claim as it was then, from its revisions, in the format `POST` takes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Record-Version": components["headers"]["X-Record-Version"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                    "application/json; profile=\"revision\"": components["schemas"]["RecordAsOf"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteClaim: {
        parameters: {
            query?: {
                /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
                reason?: components["parameters"]["reason"];
            };
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`clm_...`). */
                id: components["parameters"]["claim_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteEvent204"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`clm_...`). */
                id: components["parameters"]["claim_id"];
            };
            cookie?: never;
        };
        /** @description A JSON merge patch (RFC 7396) of the claim: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; `external_ids` merges by scheme. */
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["UpdateClaimBody"];
                "application/json": components["schemas"]["UpdateClaimBody"];
            };
        };
        responses: {
            /** @description The claim as changed: `ETag` is its new tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Only sources of these kinds. One or more of: `news_report`, `government_statement`, `intelligence_briefing`, `satellite_imagery`, `social_media_post`, `press_briefing`, `interview`, `intelligence_report`, `dataset`, `other`; comma-separated values match any of them. */
                kind?: string;
                /** @description Only sources published by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                publisher?: string;
                /** @description Only sources known through these sources (ids). Comma-separated values match any of them. */
                parent?: string;
                /** @description Only sources in these languages (BCP 47). Comma-separated values match any of them. */
                language?: string;
                /** @description Only sources published on or after this day. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: string;
                /** @description Only sources published on or before this day. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: string;
                /** @description Full-text search over source titles. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: string;
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `published_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: "id" | "-id" | "published_at" | "-published_at" | "updated_at" | "-updated_at" | "created_at" | "-created_at";
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `publisher`: the publisher, in short
                 *     - `parent`: the source this one is known through, in short
                 *     - `claims`: the claims recorded in it, in short
                 */
                include?: string;
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `kind`, `title`, `publisher_id`, `author`, `published_at`, `published_precision`, `language`, `url`, `parent_id`, `description`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: string;
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson). Overrides the Accept header; without either, JSON. `ndjson` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["actors_format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    "X-Next-Cursor": components["headers"]["X-Next-Cursor"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The sources on this page. */
                        data: components["schemas"]["SourceListItem"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
                "idempotency-key"?: components["parameters"]["idempotency_key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new source, in the bundle format of the seed files. Leave `id` out and the server makes one; give one (`src_...`) and it is used if it is free. Server-owned fields (version, timestamps) are refused. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceBody"];
            };
        };
        responses: {
            /** @description The source as stored, with its version: `Location` is its URL and `ETag` its tag for a later `If-Match`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
                as_of?: components["parameters"]["as_of"];
            };
            header?: never;
            path: {
                /** @description The record's id (`src_...`). */
                id: components["parameters"]["source_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The source. With `as_of`: the source as it was then, from its revisions, in the format `POST` takes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Record-Version": components["headers"]["X-Record-Version"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                    "application/json; profile=\"revision\"": components["schemas"]["RecordAsOf"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteSource: {
        parameters: {
            query?: {
                /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
                reason?: components["parameters"]["reason"];
            };
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`src_...`). */
                id: components["parameters"]["source_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteEvent204"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`src_...`). */
                id: components["parameters"]["source_id"];
            };
            cookie?: never;
        };
        /** @description A JSON merge patch (RFC 7396) of the source: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; `external_ids` merges by scheme. */
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["UpdateSourceBody"];
                "application/json": components["schemas"]["UpdateSourceBody"];
            };
        };
        responses: {
            /** @description The source as changed: `ETag` is its new tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSourceClaims: {
        parameters: {
            query?: {
                /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                claimant?: components["parameters"]["claimant"];
                /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
                about_actor?: components["parameters"]["about_actor"];
                /** @description Only claims about these events (ids). Comma-separated values match any of them. */
                event?: components["parameters"]["event"];
                /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
                source?: components["parameters"]["source"];
                /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
                stance?: components["parameters"]["stance"];
                /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
                certainty?: components["parameters"]["certainty"];
                /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
                verification?: components["parameters"]["verification"];
                /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["unit"];
                /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["value_min"];
                /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["value_max"];
                /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
                contested?: components["parameters"]["contested"];
                /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["from"];
                /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["to"];
                /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["q"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `claimed_at`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `claimant`: the claimant, in short
                 *     - `source`: the source, in short
                 *     - `event`: the event, in short (null when the claim is about none)
                 *     - `about_actors`: the actors the claim is about, in short
                 *     - `quantities`: the figures the claim states
                 *     - `relations`: links to the claims it answers, supports or contradicts, and to those that do so to it
                 */
                include?: components["parameters"]["include"];
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `claimant_id`, `source_id`, `event_id`, `statement`, `quote`, `stance`, `certainty`, `verification`, `claimed_at`, `claimed_precision`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: components["parameters"]["fields"];
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson), `jsonld` (application/ld+json: schema.org Claim and PROV-O). Overrides the Accept header; without either, JSON. `ndjson`, `jsonld` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["format"];
            };
            header?: never;
            path: {
                /** @description The record's id (`src_...`). */
                id: components["parameters"]["source_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListClaims200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                /** @description Only places in these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
                country?: string;
                /** @description Only places of these kinds. One or more of: `city`, `region`, `country`, `area`, `sea`, `facility`; comma-separated values match any of them. */
                kind?: string;
                /** @description Only places whose name or first-level division contains every word given (any case). */
                q?: string;
                /** @description Only places inside this box. `min_lon,min_lat,max_lon,max_lat` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian. */
                bbox?: string;
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
                /** @description The order of the list: one of `id`, `name`, `updated_at`, `created_at`, with `-` in front for descending. Ties are broken by `id`, in the same direction. Defaults to `id`. */
                sort?: components["parameters"]["actors_sort"];
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
                /**
                 * @description Related records to embed in each record, comma-separated:
                 *
                 *     - `events`: the events at the place, in short, earliest first
                 */
                include?: string;
                /** @description The fields to return for each record (`id` is always returned). One or more of: `id`, `name`, `kind`, `country`, `admin1`, `latitude`, `longitude`, `geo_precision`, `external_ids`, `annotations`, `version`, `created_at`, `updated_at`; comma-separated values match any of them. */
                fields?: string;
                /** @description The representation: `json` (application/json), `csv` (text/csv), `ndjson` (application/x-ndjson). Overrides the Accept header; without either, JSON. `ndjson` stream every matching record, ignoring `limit` and `cursor` (docs/formats.md maps each dataset format's columns). */
                format?: components["parameters"]["actors_format"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records on this page (JSON, CSV, GeoJSON), or every matching record (NDJSON and the datasets' formats). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    "X-Next-Cursor": components["headers"]["X-Next-Cursor"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The places on this page. */
                        data: components["schemas"]["PlaceListItem"][];
                        page: components["schemas"]["Page"];
                    };
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID). A retry with the same key and body gets the first response again and creates nothing; the same key with another body gets a 422. Keys are kept per API key. */
                "idempotency-key"?: components["parameters"]["idempotency_key"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description The new place, in the bundle format of the seed files. Leave `id` out and the server makes one; give one (`plc_...`) and it is used if it is free. Server-owned fields (version, timestamps) are refused. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlaceBody"];
            };
        };
        responses: {
            /** @description The place as stored, with its version: `Location` is its URL and `ETag` its tag for a later `If-Match`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getPlace: {
        parameters: {
            query?: {
                /** @description A past instant (ISO 8601, e.g. `2024-10-22T08:00:00Z`, or a date, meaning its start in UTC). The answer is then the record as it was then, in the bundle format (as in its revisions), with its version in `X-Record-Version`: 404 if it did not exist yet, 410 if it had been deleted. */
                as_of?: components["parameters"]["as_of"];
            };
            header?: never;
            path: {
                /** @description The record's id (`plc_...`). */
                id: components["parameters"]["place_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The place. With `as_of`: the place as it was then, from its revisions, in the format `POST` takes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Record-Version": components["headers"]["X-Record-Version"];
                    "Last-Modified": components["headers"]["Last-Modified"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceDetail"];
                    "application/json; profile=\"revision\"": components["schemas"]["RecordAsOf"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deletePlace: {
        parameters: {
            query?: {
                /** @description Why the record is deleted; kept in its tombstone and shown to clients that ask for it. */
                reason?: components["parameters"]["reason"];
            };
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`plc_...`). */
                id: components["parameters"]["place_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: components["responses"]["DeleteEvent204"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            414: components["responses"]["UriTooLong"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updatePlace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`plc_...`). */
                id: components["parameters"]["place_id"];
            };
            cookie?: never;
        };
        /** @description A JSON merge patch (RFC 7396) of the place: only the fields to change. null removes an optional field; an array (aliases, participants, quantities...) replaces the whole list; `external_ids` merges by scheme. */
        requestBody: {
            content: {
                "application/merge-patch+json": components["schemas"]["UpdatePlaceBody"];
                "application/json": components["schemas"]["UpdatePlaceBody"];
            };
        };
        responses: {
            /** @description The place as changed: `ETag` is its new tag. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            428: components["responses"]["PreconditionRequired"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    mergeActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the record as you last read it (required: without it, or with `*`, the answer is 428). */
                "if-match"?: components["parameters"]["if_match"];
            };
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        /** @description Where to merge this actor. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeActorBody"];
            };
        };
        responses: {
            /** @description The surviving actor, with what it took over. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorDetail"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["Gone"];
            412: components["responses"]["PreconditionFailed"];
            413: components["responses"]["ContentTooLarge"];
            414: components["responses"]["UriTooLong"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description Where to resume: the `next_since` of the previous answer. Omit it (or 0) to start from the beginning of the store's history. */
                since?: string;
                /** @description Only changes to these collections, comma-separated. */
                collections?: string;
                /** @description How many changes per answer, from 1 to 1000. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes after `since`, in commit order, and the `next` sequence number to ask from. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesPage"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listEventRevisions: {
        parameters: {
            query?: {
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the event, oldest first, with who changed what. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listActorRevisions: {
        parameters: {
            query?: {
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id (`act_...`). */
                id: components["parameters"]["actor_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the actor, oldest first, with who changed what. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listClaimRevisions: {
        parameters: {
            query?: {
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id (`clm_...`). */
                id: components["parameters"]["claim_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the claim, oldest first, with who changed what. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSourceRevisions: {
        parameters: {
            query?: {
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id (`src_...`). */
                id: components["parameters"]["source_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the source, oldest first, with who changed what. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listPlaceRevisions: {
        parameters: {
            query?: {
                /** @description How many records per page, from 1 to 500. */
                limit?: components["parameters"]["limit"];
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The record's id (`plc_...`). */
                id: components["parameters"]["place_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every version of the place, oldest first, with who changed what. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description How many jobs to list, from 1 to 500. */
                limit?: number;
                /** @description The `page.next_cursor` of the previous page. Omit it for the first page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The jobs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    Link: components["headers"]["Link"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The jobs, newest first, without their reports (GET a job for its report). */
                        data: components["schemas"]["ImportJob"][];
                        /** @description How many jobs were listed of how many, and where the next page starts. */
                        page: {
                            /**
                             * @description The most jobs listed.
                             * @example 50
                             */
                            limit: number;
                            /**
                             * @description Pass as `cursor` to list the older jobs that follow; null on the last page.
                             * @example null
                             */
                            next_cursor: string | null;
                            /**
                             * @description How many jobs there are.
                             * @example 3
                             */
                            total: number;
                        };
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    importRecords: {
        parameters: {
            query?: {
                /** @description The body's format: `bundle` (the seed files' format), or a dataset's: `ucdp-ged`, `ucdp-json`, `acled`, `gdelt`, `plover`. */
                format?: "bundle" | "ucdp-ged" | "ucdp-json" | "acled" | "gdelt" | "plover";
                /** @description `true`: check and count, then roll back; nothing is written. */
                dry_run?: "true" | "false";
            };
            header?: {
                /** @description `respond-async` (RFC 7240): import a dataset file as a job, answered at once with 202 and the job's location. A file larger than IMPORT_ASYNC_ABOVE_BYTES (1 MiB by default) is always imported as a job. Bundles are always imported at once. */
                prefer?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description The file, as sent. With `format=bundle`, a bundle in the format of the seed files (`src/schemas/bundle.ts`): `{ actors, places, sources, events, claims }`, each a list of records as `POST /v1/{collection}` takes them, but with `id` required; records refer to each other, and to records already stored, by id. With a dataset format, the dataset's own file: `text/csv` for `ucdp-ged` and `acled`, `text/tab-separated-values` (or `text/plain`) for `gdelt`, `application/json` for `ucdp-json` and `plover` (or `application/x-ndjson` for PLOVER as JSON Lines). docs/formats.md describes each column's mapping. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportRecordsBody"];
                /**
                 * @example event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp
                 *     TST0001,2024-03-02,2024,1,Political violence,Battles,Armed clash,Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,,804,Europe,Ukraine,Donetsk,Pokrovskyi,,Testivka,48.1,37.2,1,Example Daily; Ministry of Defence of Ukraine,National-International,"On 2 March 2024, Russian and Ukrainian forces clashed near Testivka, Donetsk. 3 fatalities were reported.",3,,1709900000
                 */
                "text/csv": string;
                /** @example 1311890376	20260626	202606	2026	2026.4822	GOVMIL	NATIONAL SECURITY ADVISER						GOV	MIL		KOR	SOUTH KOREA	KOR								1	040	040	04	1	1.0	2	1	2	3.35507921714818	4	Ulaanbaatar, Ulaanbaatar, Mongolia	MG	MG20	123600	47.9167	106.917	-2353539	4	Chunghwa, Kyongsang-namdo, South Korea	KS	KS20	24982	34.79	128.391	-707317	4	Chunghwa, Kyongsang-namdo, South Korea	KS	KS20	24982	34.79	128.391	-707317	20260703064500	https://www.koreaherald.com/article/10797520 */
                "text/tab-separated-values": string;
                /** @example 1311890376	20260626	202606	2026	2026.4822	GOVMIL	NATIONAL SECURITY ADVISER						GOV	MIL		KOR	SOUTH KOREA	KOR								1	040	040	04	1	1.0	2	1	2	3.35507921714818	4	Ulaanbaatar, Ulaanbaatar, Mongolia	MG	MG20	123600	47.9167	106.917	-2353539	4	Chunghwa, Kyongsang-namdo, South Korea	KS	KS20	24982	34.79	128.391	-707317	4	Chunghwa, Kyongsang-namdo, South Korea	KS	KS20	24982	34.79	128.391	-707317	20260703064500	https://www.koreaherald.com/article/10797520 */
                "text/plain": string;
                /** @example {"id": "PLOVER-GSR01-AGREE-0001", "date": "2000-01-01", "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}], "event": "AGREE", "eventText": "agreed cooperate", "context": "refugees", "text": "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees in Hungary to return home.", "language": "en", "publication": "OEDA team from CAMEO 1.1b3 manual", "coder": "Parus Analytics", "version": "0.5b1", "dateCoded": "2016-12-19"} */
                "application/x-ndjson": string;
                /** @example {"id": "PLOVER-GSR01-AGREE-0001", "date": "2000-01-01", "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}, {"actorText": "Romanian", "code": "ROU", "sector": "GOV"}], "event": "AGREE", "eventText": "agreed cooperate", "context": "refugees", "text": "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees in Hungary to return home.", "language": "en", "publication": "OEDA team from CAMEO 1.1b3 manual", "coder": "Parus Analytics", "version": "0.5b1", "dateCoded": "2016-12-19"} */
                "application/jsonl": string;
            };
        };
        responses: {
            /** @description What the import did (`ImportResult` for a bundle, `ImportReport` for a dataset file). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"] | components["schemas"]["ImportReport"];
                };
            };
            /** @description The file was received and is being imported as a job; `Location` is where to follow it (GET /v1/imports/{id}). */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequestOnWrite"];
            401: components["responses"]["Unauthorized"];
            /** @description The key lacks the `write` scope, or the import would change records already stored and the key lacks the `admin` scope. Nothing was written. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "This API key (reader) lacks the \"write\" scope this request needs.",
                     *       "instance": "/v1/claims",
                     *       "code": "forbidden"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["WriteProblem"];
                };
            };
            409: components["responses"]["Conflict"];
            /** @description The file is larger than the import limit (IMPORT_BODY_LIMIT_BYTES, 50 MiB by default). Split it, or raise the limit. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "The request body is larger than the limit of 1048576 bytes.",
                     *       "instance": "/v1/places",
                     *       "code": "payload_too_large"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["WriteProblem"];
                };
            };
            414: components["responses"]["UriTooLong"];
            /** @description The body's media type is not one this route reads: send application/json, text/csv, text/tab-separated-values, text/plain or application/x-ndjson. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "The body's media type \"text/xml\" is not accepted: send application/json.",
                     *       "instance": "/v1/places",
                     *       "code": "unsupported_media_type"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["WriteProblem"];
                };
            };
            422: components["responses"]["UnprocessableContent"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            /** @description Another import job is running and holds the write lock: retry after the seconds `Retry-After` gives. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "detail": "The server is overloaded. Retry after 10 seconds.",
                     *       "instance": "/v1/events",
                     *       "code": "overloaded"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["WriteProblem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The job's id, from the `Location` of the 202. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFoundOnWrite"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getEventStats: {
        parameters: {
            query: {
                /**
                 * @description What to count by:
                 *
                 *     - `type`: the event type
                 *     - `month`: the month the event starts in (YYYY-MM)
                 *     - `year`: the year the event starts in (YYYY)
                 *     - `country`: the country of the event's place (ISO 3166-1 alpha-3; null when the event has no place)
                 *     - `actor`: each actor taking part (an event with three participants counts once for each); the label is the actor's name
                 */
                group_by: "type" | "month" | "year" | "country" | "actor";
                /** @description Only the largest groups: at most this many (1 to 10000), largest first. Without it, every group; `groups` says how many there are either way. With `group_by=actor` or `claimant` on a large dataset, every group is one per actor. */
                limit?: components["parameters"]["events_limit"];
                /** @description Also add up the figures in this unit (a quantity's `unit`, such as `deaths` or `soldiers`) that claims give about each group's events: each group gets `sum` and `measured`, and groups come largest sum first. An event with several figures counts once (see `per_event` and `figure`). */
                measure?: string;
                /**
                 * @description Which figure counts when an event's claims give several (with `measure`; default `max`):
                 *
                 *     - `max`: the largest figure claimed about the event counts
                 *     - `min`: the smallest figure claimed about the event counts
                 */
                per_event?: "max" | "min";
                /**
                 * @description Which part of a figure counts (with `measure`; default `value`):
                 *
                 *     - `value`: a figure's value (else its low, else its high)
                 *     - `low`: a figure's low (else its value, else its high)
                 *     - `high`: a figure's high (else its value, else its low)
                 */
                figure?: "value" | "low" | "high";
                /** @description Only events that may have happened on or after this day: the event's interval (`start_date`..`end_date`) overlaps `from`..`to`, so an event known only to the month matches any day of that month. A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["events_from"];
                /** @description Only events that may have happened on or before this day (see `from`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["events_to"];
                /** @description Only events of these types. One or more of: `diplomatic_protest`, `consultation`, `state_visit`, `agreement`, `troop_deployment`, `troop_training`, `military_aid`, `arms_trade`, `armed_assault`, `intelligence_release`, `statement`, `battle`, `remote_violence`, `violence_against_civilians`, `protest`, `riot`, `strategic_development`, `support`, `cooperation`, `aid`, `concession`, `retreat`, `request`, `accusation`, `rejection`, `threat`, `sanction`, `mobilization`, `coercion`, `other`; comma-separated values match any of them. */
                type?: components["parameters"]["type"];
                /** @description Only events with these statuses. One or more of: `reported`, `confirmed`, `scheduled`, `expected`, `ongoing`, `disputed`, `denied`; comma-separated values match any of them. */
                status?: components["parameters"]["status"];
                /** @description Only events in which one of these actors takes part, in any role. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                actor?: components["parameters"]["actor"];
                /** @description Only events at a place in these countries. ISO 3166-1 alpha-3 codes (`RUS`, `KOR`, `PRK`...), comma-separated for any of them. */
                country?: components["parameters"]["country"];
                /** @description Only events at these places (ids). Comma-separated values match any of them. */
                place?: components["parameters"]["place"];
                /** @description Only events about which a claim states a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["events_unit"];
                /** @description Only events about which a claim states a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["events_value_min"];
                /** @description Only events about which a claim states a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["events_value_max"];
                /** @description Full-text search over event titles and summaries. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["events_q"];
                /** @description Only events whose place lies inside this box. `min_lon,min_lat,max_lon,max_lat` in WGS 84 degrees; a box whose min_lon is greater than its max_lon crosses the antimeridian. */
                bbox?: components["parameters"]["bbox"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetEventStats200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getClaimStats: {
        parameters: {
            query: {
                /**
                 * @description What to count by:
                 *
                 *     - `stance`: the claimant's stance
                 *     - `claimant`: the claimant; the label is the actor's name
                 *     - `verification`: the independent verification
                 *     - `certainty`: the claimant's own hedging
                 *     - `month`: the month the claim was made in (YYYY-MM; null when unknown)
                 */
                group_by: "stance" | "claimant" | "verification" | "certainty" | "month";
                /** @description Only the largest groups: at most this many (1 to 10000), largest first. Without it, every group; `groups` says how many there are either way. With `group_by=actor` or `claimant` on a large dataset, every group is one per actor. */
                limit?: components["parameters"]["events_limit"];
                /** @description Only claims made by these actors. Each value is an actor's id, its name or any alias, in any case and with or without diacritics. Comma-separated values match any of them. */
                claimant?: components["parameters"]["claimant"];
                /** @description Only claims about these actors (id, name or alias, as for `claimant`). Comma-separated values match any of them. */
                about_actor?: components["parameters"]["about_actor"];
                /** @description Only claims about these events (ids). Comma-separated values match any of them. */
                event?: components["parameters"]["event"];
                /** @description Only claims recorded in these sources (ids). Comma-separated values match any of them. */
                source?: components["parameters"]["source"];
                /** @description Only claims with these stances. One or more of: `asserts`, `denies`, `demands`, `condemns`, `predicts`, `declines_to_comment`, `does_not_confirm`, `pledges`; comma-separated values match any of them. */
                stance?: components["parameters"]["stance"];
                /** @description Only claims the claimant hedges this way. One or more of: `certain`, `likely`, `uncertain`; comma-separated values match any of them. */
                certainty?: components["parameters"]["certainty"];
                /** @description Only claims with this independent verification. One or more of: `unverified`, `corroborated`, `disputed`, `refuted`; comma-separated values match any of them. */
                verification?: components["parameters"]["verification"];
                /** @description Only claims that state a figure in one of these units (a quantity's `unit`; docs/formats.md says how the datasets' figures map to units: UCDP's deaths and ACLED's fatalities are both `deaths`). Comma-separated values match any of them. */
                unit?: components["parameters"]["unit"];
                /** @description Only claims that state a figure whose range reaches this number or more (with `unit`, a figure in that unit). A figure's range is its `low`..`high` when it has them, else its `value`; "more than 13,000" has no upper end, so it reaches any number above 13,000. */
                value_min?: components["parameters"]["value_min"];
                /** @description Only claims that state a figure whose range reaches this number or less (with `unit`, a figure in that unit; see `value_min`). With both, the figure's range overlaps `value_min`..`value_max`. */
                value_max?: components["parameters"]["value_max"];
                /** @description `true`: only claims that another claim contradicts, or answers with a denial. `false`: only claims nobody contests. */
                contested?: components["parameters"]["contested"];
                /** @description Only claims made on or after this day (`claimed_at`; claims with no known date never match). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                from?: components["parameters"]["from"];
                /** @description Only claims made on or before this day (`claimed_at`). A date (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
                to?: components["parameters"]["to"];
                /** @description Full-text search over claim statements and verbatim quotes. Words must all appear (in any order, any case, with or without diacritics); `"two words"` matches a phrase; `word*` matches a prefix; `OR` between two terms matches either. Punctuation is ignored. */
                q?: components["parameters"]["q"];
                /** @description Only records created or changed at or after this date or instant (`updated_at`). */
                updated_since?: components["parameters"]["updated_since"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetEventStats200"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listSimilarEvents: {
        parameters: {
            query?: {
                /** @description How far apart (great-circle distance between the events' places, in km) two events may be and still count as near. */
                within_km?: number;
                /** @description Widen the event's date interval by this many days on each side before looking for overlapping events. 0 means the intervals must overlap. */
                days?: number;
                /** @description How many candidates to return at most, best first. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The record's id (`evt_...`). */
                id: components["parameters"]["event_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events like this one, most alike first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Candidates, best score first. */
                        data: components["schemas"]["SimilarEvent"][];
                    };
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            410: components["responses"]["GoneOnRead"];
            414: components["responses"]["UriTooLong"];
            429: components["responses"]["TooManyRequests"];
            431: components["responses"]["HeaderFieldsTooLarge"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
