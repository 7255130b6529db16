// Every Dapper call of this assembly is generated at build time by Dapper.AOT (see the project file); rows are
// read into small classes, which it supports, rather than tuples.
[module: Dapper.DapperAot]
