using Microsoft.AspNetCore.Http.HttpResults;
using Unknot.App.Fields;
using Unknot.Planning;
using Unknot.Text;

namespace Unknot.Web.Api;

/// <summary>RFC 7807 problem documents for every expected failure, naming the field at fault where there is one.</summary>
public static class Problems
{
    public static ProblemHttpResult BadRequest(FieldProblem problem) =>
        TypedResults.Problem(problem.Message, statusCode: 400, title: "The request is not valid", extensions: new Dictionary<string, object?> { ["field"] = problem.Field });

    /// <summary>
    /// Every problem of a form at once: <c>detail</c> and <c>field</c> tell the first, as for one problem, and
    /// <c>errors</c> lists them all, each with its <c>field</c> and <c>message</c>, so a page marks each field.
    /// </summary>
    public static ProblemHttpResult BadRequest(IReadOnlyList<FieldProblem> problems) =>
        TypedResults.Problem(problems[0].Message, statusCode: 400, title: "The request is not valid", extensions: new Dictionary<string, object?>
        {
            ["field"] = problems[0].Field,
            ["errors"] = problems.Select(p => new { field = p.Field, message = p.Message }).ToArray(),
        });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: 404, title: "Not found");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: 409, title: "Conflict");

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: 401, title: "Not signed in");

    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: 403, title: "Not allowed");

    public static ProblemHttpResult TooMany(string detail) =>
        TypedResults.Problem(detail, statusCode: 429, title: "Too many requests");

    /// <summary>The planner's reason, with the remedy in the browser's words.</summary>
    public static string Explain(PlanFailure failure) => failure.Kind == PlanFailureKind.NeedsEquipment
        ? $"{failure.Message}; tick {string.Join(" and ", failure.MissingEquipment.Select(Plain.Of))} under equipment"
        : failure.Message;
}
