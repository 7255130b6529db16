// Every Dapper call of this assembly is generated at build time by Dapper.AOT (see the project file). Value
// tuples are bound by position, as plain Dapper does.
[module: Dapper.DapperAot]
[module: Dapper.BindTupleByName(false)]
