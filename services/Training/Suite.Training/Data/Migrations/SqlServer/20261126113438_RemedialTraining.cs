using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Training.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RemedialTraining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RemedialAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AgentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Cause = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemedialAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemedialAssignments_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RemedialRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ScoreBelow = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DueAfterDays = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemedialRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RemedialRules_Courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RemedialAssignments_AgentId_AssignedAt",
                table: "RemedialAssignments",
                columns: new[] { "AgentId", "AssignedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RemedialAssignments_CourseId",
                table: "RemedialAssignments",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_RemedialAssignments_TenantId",
                table: "RemedialAssignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RemedialAssignments_TenantId_Cause_CourseId",
                table: "RemedialAssignments",
                columns: new[] { "TenantId", "Cause", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemedialRules_CourseId",
                table: "RemedialRules",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_RemedialRules_TenantId",
                table: "RemedialRules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RemedialRules_TenantId_Kind_Code",
                table: "RemedialRules",
                columns: new[] { "TenantId", "Kind", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RemedialAssignments");

            migrationBuilder.DropTable(
                name: "RemedialRules");
        }
    }
}
