using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Complaints.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DepartmentRouting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HandOffs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Question = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Answer = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AnsweredBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandOffs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandOffs_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoutingRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Topic = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Department = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AnswerWithinMinutes = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoutingRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HandOffs_ComplaintId",
                table: "HandOffs",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_HandOffs_TenantId",
                table: "HandOffs",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_HandOffs_TenantId_ComplaintId",
                table: "HandOffs",
                columns: new[] { "TenantId", "ComplaintId" });

            migrationBuilder.CreateIndex(
                name: "IX_HandOffs_TenantId_Department_AnsweredAt_DueAt",
                table: "HandOffs",
                columns: new[] { "TenantId", "Department", "AnsweredAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_TenantId",
                table: "RoutingRules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RoutingRules_TenantId_Topic",
                table: "RoutingRules",
                columns: new[] { "TenantId", "Topic" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HandOffs");

            migrationBuilder.DropTable(
                name: "RoutingRules");
        }
    }
}
