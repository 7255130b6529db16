// What every part of the relational store uses: Dapper over ADO.NET, and the Core types it keeps.
global using System.Data.Common;
global using System.Globalization;
global using Dapper;
global using Unknot.Dosing;
global using Unknot.Progress;
global using Unknot.Routines;
global using Unknot.Sessions;
global using Unknot.Text;
global using Unknot.Timelines;
