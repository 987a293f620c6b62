using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Training.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RolePlayDrills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RolePlayScenarios",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CustomerPersona = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Situation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    KeyPoints = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RolePlayScenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DrillSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ScenarioId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EvaluatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PointScores = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ScorePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    Feedback = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DrillSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DrillSessions_RolePlayScenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "RolePlayScenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_AgentId_CreatedAt",
                table: "DrillSessions",
                columns: new[] { "AgentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_ScenarioId",
                table: "DrillSessions",
                column: "ScenarioId");

            migrationBuilder.CreateIndex(
                name: "IX_DrillSessions_TenantId",
                table: "DrillSessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RolePlayScenarios_TenantId",
                table: "RolePlayScenarios",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DrillSessions");

            migrationBuilder.DropTable(
                name: "RolePlayScenarios");
        }
    }
}
