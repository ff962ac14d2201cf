using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CourseFunctions.Http;

/// <summary>A response both hosts can execute: the DevServer as <see cref="IResult"/>, Azure Functions as <see cref="IActionResult"/>.</summary>
public interface IApiResult : IResult, IActionResult;
