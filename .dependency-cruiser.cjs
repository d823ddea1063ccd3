// The layers of src/, lowest first: domain, db, repositories, schemas,
// formats, services, plugins, routes, then app.ts and server.ts. A module may
// import from its own layer and the layers below it, never above: an upward
// import fails `npm test` (npm run deps).
const layer = (name, mayNotImport, comment) => ({
  name: `${name}-imports-downward`,
  comment,
  severity: "error",
  from: { path: `^src/${name}/` },
  to: { path: `^src/(${mayNotImport.join("|")})` },
});

module.exports = {
  forbidden: [
    layer("domain", ["db/", "repositories/", "schemas/", "formats/", "services/", "plugins/", "routes/", "app\\.ts", "server\\.ts", "config\\.ts"],
      "domain (names, vocabularies, problems, media types, query parameters) is what every layer may import; it imports none of them"),
    layer("db", ["repositories/", "schemas/", "formats/", "services/", "plugins/", "routes/", "app\\.ts", "server\\.ts"],
      "db opens connections and runs statements; it knows no collection's shape"),
    layer("repositories", ["schemas/", "formats/", "services/", "plugins/", "routes/", "app\\.ts", "server\\.ts"],
      "repositories read (SQL, filter tables); the HTTP shapes are built from them, not the other way"),
    layer("schemas", ["formats/", "services/", "plugins/", "routes/", "app\\.ts", "server\\.ts"],
      "schemas are the zod shapes of requests, responses and records"),
    layer("formats", ["services/", "plugins/", "routes/", "app\\.ts", "server\\.ts"], "formats map datasets' files to bundles and back"),
    layer("services", ["plugins/", "routes/", "app\\.ts", "server\\.ts"], "services write and run jobs; they answer with Problems, never with a reply"),
    layer("plugins", ["routes/", "app\\.ts", "server\\.ts"], "plugins decorate the app; routes use them"),
    layer("routes", ["app\\.ts", "server\\.ts"], "app.ts registers the routes"),
    {
      name: "config-is-a-leaf",
      severity: "error",
      comment: "config.ts reads the settings; it may check a database location (db/) and nothing above",
      from: { path: "^src/config\\.ts$" },
      to: { path: "^src/", pathNot: "^src/(domain/|db/|config\\.ts$)" },
    },
    {
      name: "no-circular",
      comment: "Modules that import each other, however indirectly",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/generated/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
  },
};
