using Microsoft.AspNetCore.Http.HttpResults;

namespace Unknot.Web.Api;

/// <summary>RFC 7807 problem documents for every expected failure, naming the field at fault where there is one.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(detail, statusCode: 400, title: "The request is not valid", extensions: new Dictionary<string, object?> { ["field"] = field });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: 404, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: 409, title: "Conflict");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: 403, title: "Not allowed");
}

/// <summary>A request body or query value that failed a check: which field and why.</summary>
public sealed class FieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
